package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.SharedResults;

/**
 * Shared results (third-party assessments and certificates), the schemes we take, the coverage rules that propose
 * which indicators a result answers, and the reviewer's decision on each proposal.
 */
@Path("shared-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shared results")
public class SharedResultResource {

    /** A reviewer's decision on one proposal; {@code version} is the proposal version the reviewer saw. */
    public record ProposalDecision(Boolean accept, String note, Long version) {
    }

    /** A new coverage rule: proposedAnswer is YES or LEVEL_1..LEVEL_4; alsoRequires names other schemes. */
    public record NewRule(String scheme, String indicatorCode, String proposedAnswer, BigDecimal minScore,
                          List<String> alsoRequires, String rationaleEn, String rationaleZh) {
    }

    @Inject
    SharedResults sharedResults;

    @GET
    @Path("schemes")
    @Operation(summary = "The schemes whose results we take, with default validity and score range")
    public List<SharedResults.SchemeView> schemes() {
        return sharedResults.schemes();
    }

    @GET
    @Path("rules")
    @Operation(summary = "The coverage rules: which indicator a result of a scheme answers, and how")
    public List<SharedResults.RuleView> rules() {
        return sharedResults.rules();
    }

    @POST
    @Path("rules")
    @Operation(summary = "Add a coverage rule (admin)", description = "Checked against the catalogue in force; proposes for results submitted from now on.")
    public Response addRule(NewRule input, @Context UriInfo uri) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the rule as JSON.");
        }
        SharedResults.RuleView rule = sharedResults.addRule(new SharedResults.RuleInput(input.scheme(), input.indicatorCode(),
                input.proposedAnswer(), input.minScore(), input.alsoRequires(), input.rationaleEn(), input.rationaleZh()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(rule.id())).build()).entity(rule).build();
    }

    @DELETE
    @Path("rules/{id}")
    @Operation(summary = "Remove a coverage rule (admin); proposals already made keep its wording")
    public Response removeRule(@PathParam("id") long id) {
        sharedResults.removeRule(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One shared result with its proposals")
    public SharedResults.SharedResultView get(@PathParam("id") long id) {
        return sharedResults.get(id);
    }

    @POST
    @Path("proposals/{id}/decision")
    @Operation(summary = "Accept or decline one proposal (reviewer)",
            description = "Accepting answers the indicator, accepted, in the supplier's assessments of open campaigns (an answer "
                    + "already accepted is kept). Declining needs a note. A stale version is a 409 with what changed.")
    public SharedResults.Decided decide(@PathParam("id") long proposalId, ProposalDecision input) {
        if (input == null || input.accept() == null || input.version() == null) {
            throw new BadRequestException("Send {\"accept\": true|false, \"note\": \"...\", \"version\": n}.");
        }
        return sharedResults.decide(proposalId, input.accept(), input.note(), input.version());
    }
}
