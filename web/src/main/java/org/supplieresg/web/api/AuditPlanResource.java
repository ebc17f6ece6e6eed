package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.AuditPlanning;
import org.supplieresg.audit.AuditRisk;
import org.supplieresg.shared.NotFoundException;

/** Risk-based audit planning: the ranking with its reasons, annual plans, coverage, and the risk tables. */
@Path("audit-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class AuditPlanResource {

    public record EntryEdit(Boolean included, Integer quarter, String note, Long version) {
    }

    public record RiskInput(Integer risk, String reason) {
    }

    @Inject
    AuditPlanning planning;

    @GET
    @Path("ranking")
    @Operation(summary = "Every active supplier by audit risk (0-100), highest first, with the reason for every point")
    public List<AuditRisk.Ranked> ranking() {
        return planning.ranking();
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Share of active Tier-1 suppliers and of their spend audited on site in the last months (default 12)")
    public AuditPlanning.Coverage coverage(@QueryParam("months") @DefaultValue("12") int months) {
        return planning.coverage(months);
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The audit plan of a year, if made")
    public AuditPlanning.Plan get(@PathParam("year") int year) {
        return planning.find(year).orElseThrow(() -> new NotFoundException("audit plan", year));
    }

    @POST
    @Path("{year}")
    @Operation(summary = "Make the plan of a year from the ranking (risk 50 and above proposed), or return it if made")
    public AuditPlanning.Plan propose(@PathParam("year") int year) {
        return planning.plan(year);
    }

    @PUT
    @Path("entries/{id}")
    @Operation(summary = "Edit one line of a draft plan: included, quarter 1-4, note; a stale version is a 409")
    public AuditPlanning.PlanRow edit(@PathParam("id") long id, EntryEdit input) {
        if (input == null || input.included() == null || input.version() == null) {
            throw new BadRequestException("Send {\"included\": true|false, \"quarter\": 1-4, \"note\": \"...\", \"version\": n}.");
        }
        return planning.edit(id, input.included(), input.quarter(), input.note(), input.version());
    }

    @POST
    @Path("{year}/accept")
    @Operation(summary = "Accept the draft as the year's plan")
    public AuditPlanning.Plan accept(@PathParam("year") int year) {
        return planning.accept(year);
    }

    @GET
    @Path("risk-tables/{table}")
    @Operation(summary = "A risk table: country, commodity or chain (keys like CD/COBALT)")
    public List<AuditPlanning.RiskEntry> riskTable(@PathParam("table") String table) {
        return planning.riskTable(table);
    }

    @PUT
    @Path("risk-tables/{table}/{key}")
    @Operation(summary = "Set the risk of a country or spend category, 1 to 5, with its reason (admin); audited")
    public AuditPlanning.RiskEntry setRisk(@PathParam("table") String table, @PathParam("key") String key, RiskInput input) {
        if (input == null || input.risk() == null) {
            throw new BadRequestException("Send {\"risk\": 1-5, \"reason\": \"...\"}.");
        }
        return planning.setRisk(table, key, input.risk(), input.reason());
    }

    @PUT
    @Path("risk-tables/chain/{country}/{category}")
    @Operation(summary = "Set the risk of a spend category from a country, 1 to 5, with its reason (admin); audited")
    public AuditPlanning.RiskEntry setChainRisk(@PathParam("country") String country, @PathParam("category") String category,
                                                RiskInput input) {
        return setRisk("chain", country + "/" + category, input);
    }
}
