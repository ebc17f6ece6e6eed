package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.CorrectiveAction;
import org.supplieresg.audit.CorrectiveActions;

/** Corrective action plans: the supplier submits, the auditor verifies; overdue plans escalate. */
@Path("corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class CorrectiveActionResource {

    public record Submission(String rootCause, String actions, String owner, String progress, List<Long> evidenceIds, Long version) {
    }

    public record Verification(Boolean accept, String note, Long version) {
    }

    @Inject
    CorrectiveActions actions;

    @GET
    @Path("overdue")
    @Operation(summary = "Every overdue plan still with its supplier")
    public List<AuditViews.OpenAction> overdue() {
        return actions.overdue();
    }

    public record Manager(String name, String email) {
    }

    @GET
    @Path("category-managers")
    @Operation(summary = "The buyer's category managers, to whom overdue plans of their categories' suppliers are escalated")
    public List<CorrectiveActions.CategoryManager> categoryManagers() {
        return actions.categoryManagers();
    }

    @jakarta.ws.rs.PUT
    @Path("category-managers/{category}")
    @Operation(summary = "Set the category manager of a spend category (admin)")
    public CorrectiveActions.CategoryManager setCategoryManager(@PathParam("category") String category, Manager input) {
        org.supplieresg.supplier.SpendCategory spendCategory;
        try {
            spendCategory = org.supplieresg.supplier.SpendCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException("No spend category " + category + ".");
        }
        if (input == null) {
            throw new BadRequestException("Send {\"name\": \"...\", \"email\": \"...\"}.");
        }
        return actions.setCategoryManager(spendCategory, input.name(), input.email());
    }

    @GET
    @Path("due-days")
    @Operation(summary = "Days from the end of an audit to a plan's due date, by severity")
    public java.util.Map<org.supplieresg.audit.Severity, Integer> dueDays() {
        return actions.dueDays();
    }

    public record DueDays(Integer days) {
    }

    @jakarta.ws.rs.PUT
    @Path("due-days/{severity}")
    @Operation(summary = "Change the days for PRIORITY, MAJOR or MINOR (admin, 1-730); applies to audits completed from now on")
    public java.util.Map<org.supplieresg.audit.Severity, Integer> setDueDays(@PathParam("severity") String severity, DueDays input) {
        org.supplieresg.audit.Severity level;
        try {
            level = org.supplieresg.audit.Severity.valueOf(severity);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException("No severity " + severity + ": PRIORITY, MAJOR or MINOR.");
        }
        if (input == null || input.days() == null) {
            throw new BadRequestException("Send {\"days\": n}.");
        }
        return actions.setDueDays(level, input.days());
    }

    @POST
    @Path("escalation-run")
    @Operation(summary = "Run the morning escalation now (admin): reminder, category manager after 14 days, tier cap after 30")
    public CorrectiveActions.Escalation escalate() {
        return actions.escalate();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One finding with its corrective action plan")
    public AuditViews.FindingView get(@PathParam("id") long id) {
        return actions.get(id);
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "The supplier submits root cause, actions, owner, progress and evidence for verification")
    public AuditViews.CorrectiveActionView submit(@PathParam("id") long id, Submission input) {
        if (input == null || input.version() == null) {
            throw new BadRequestException("Send the plan as JSON with the version you read.");
        }
        return actions.submit(id, new CorrectiveAction.Progress(input.rootCause(), input.actions(), input.owner(), input.progress()),
                input.evidenceIds(), input.version());
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "The auditor verifies the plan, or sends it back with a reason")
    public AuditViews.CorrectiveActionView verify(@PathParam("id") long id, Verification input) {
        if (input == null || input.accept() == null || input.version() == null) {
            throw new BadRequestException("Send {\"accept\": true|false, \"note\": \"...\", \"version\": n}.");
        }
        return actions.verify(id, input.accept(), input.note(), input.version());
    }
}
