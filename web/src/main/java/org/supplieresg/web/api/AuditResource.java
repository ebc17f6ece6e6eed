package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.Audit;
import org.supplieresg.audit.AuditType;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.Audits;
import org.supplieresg.audit.Outcome;
import org.supplieresg.audit.Severity;

/** On-site audits: schedule, confirm or propose dates, move, perform the checklist, complete. */
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class AuditResource {

    public record NewAudit(Long supplierId, AuditType type, LocalDate start, LocalDate end, String leadAuditor, List<String> team,
                           String siteAddress, String siteCountry, String language) {
    }

    public record Dates(LocalDate start, LocalDate end, String note, Long version) {
    }

    public record ItemCheck(Outcome outcome, Severity severity, String verifiedAnswer, String observation) {
    }

    @Inject
    Audits audits;

    @Inject
    org.supplieresg.audit.AuditReports reports;

    @GET
    @Operation(summary = "Audits with days between from and to (the calendar), not cancelled")
    public List<AuditViews.AuditView> between(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            LocalDate first = LocalDate.parse(String.valueOf(from));
            LocalDate last = LocalDate.parse(String.valueOf(to));
            if (last.isBefore(first) || last.isAfter(first.plusYears(2))) {
                throw new BadRequestException("Give from and to as ISO dates, from not after to, at most two years apart.");
            }
            return audits.between(first, last);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("Give from and to as ISO dates (yyyy-MM-dd).");
        }
    }

    @POST
    @Operation(summary = "Schedule an audit and draw its checklist",
            description = "type is INITIAL, PERIODIC, FOLLOW_UP or UNANNOUNCED. Refused with every problem: dates, unknown auditors, "
                    + "an auditor booked twice or without a travel day between countries, a follow-up with nothing open.")
    public Response schedule(NewAudit input, @Context UriInfo uri) {
        if (input == null || input.supplierId() == null) {
            throw new BadRequestException("Send the audit as JSON, with supplierId.");
        }
        AuditViews.AuditView audit = audits.schedule(input.supplierId(), new Audit.Plan(input.type(), input.start(), input.end(),
                input.leadAuditor(), input.team(), input.siteAddress(), input.siteCountry(), input.language()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(audit.id())).build()).entity(audit).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One audit with its checklist, findings, corrective actions and discrepancies")
    public AuditViews.AuditView get(@PathParam("id") long id) {
        return audits.get(id);
    }

    @GET
    @Path("{id}/report")
    @Produces("application/pdf")
    @Operation(summary = "The report of a completed audit as PDF", description = "lang is en (default) or zh (Simplified Chinese).")
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang) {
        java.util.Locale language = "zh".equals(lang) ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
        org.supplieresg.reports.AuditReport report = reports.of(id, language);
        jakarta.ws.rs.core.StreamingOutput pdf = out -> org.supplieresg.reports.AuditReportPdf.write(report, language, out);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + report.audit().reference() + "-" + language.getLanguage() + ".pdf\"").build();
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The supplier confirms the planned dates")
    public AuditViews.AuditView confirm(@PathParam("id") long id) {
        return audits.confirm(id);
    }

    @POST
    @Path("{id}/proposal")
    @Operation(summary = "The supplier proposes other dates, with the reason")
    public AuditViews.AuditView propose(@PathParam("id") long id, Dates dates) {
        if (dates == null) {
            throw new BadRequestException("Send {\"start\": ..., \"end\": ..., \"note\": ...}.");
        }
        return audits.propose(id, dates.start(), dates.end(), dates.note());
    }

    @POST
    @Path("{id}/reschedule")
    @Operation(summary = "Move the audit (planner); checked for conflicts; a stale version is a 409")
    public AuditViews.AuditView reschedule(@PathParam("id") long id, Dates dates) {
        if (dates == null || dates.version() == null) {
            throw new BadRequestException("Send {\"start\": ..., \"end\": ..., \"version\": n}.");
        }
        return audits.reschedule(id, dates.start(), dates.end(), dates.version());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an audit that has not been completed")
    public AuditViews.AuditView cancel(@PathParam("id") long id) {
        return audits.cancel(id);
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start the audit on site (its auditors)")
    public AuditViews.AuditView start(@PathParam("id") long id) {
        return audits.start(id);
    }

    @PUT
    @Path("{id}/items/{code}")
    @Operation(summary = "Record one checklist item (its auditors)",
            description = "outcome CONFORMING or FINDING (then severity PRIORITY, MAJOR or MINOR and an observation); verifiedAnswer "
                    + "YES, NO, LEVEL_0..LEVEL_4, NA or a number overrides the self-assessment when the audit completes.")
    public AuditViews.ItemView check(@PathParam("id") long id, @PathParam("code") String code, ItemCheck input) {
        if (input == null) {
            throw new BadRequestException("Send {\"outcome\": ..., \"severity\": ..., \"verifiedAnswer\": ..., \"observation\": ...}.");
        }
        return audits.check(id, code, input.outcome(), input.severity(), input.verifiedAnswer(), input.observation());
    }

    @PUT
    @Path("{id}/items/{code}/photos/{evidenceId}")
    @Operation(summary = "Attach a photo or document taken on site (uploaded first to the supplier's evidence)")
    public AuditViews.ItemView addPhoto(@PathParam("id") long id, @PathParam("code") String code, @PathParam("evidenceId") long evidenceId) {
        return audits.addPhoto(id, code, evidenceId);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the audit: findings get corrective action plans, verified answers override, the supplier is rescored")
    public AuditViews.AuditView complete(@PathParam("id") long id) {
        return audits.complete(id);
    }
}
