package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingViews;

/** An assigned module's completion. */
@Path("training-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingAssignmentResource {

    /** All optional: a certificate from the company's evidence library, a note, the version read (checked if given). */
    public record Completion(Long evidenceId, String note, Long version) {
    }

    @Inject
    TrainingAssignments assignments;

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Mark an assigned module completed (the supplier for its own company, or a buyer)",
            description = "Refused if it is already completed or the certificate is another company's.")
    public TrainingViews.AssignmentView complete(@PathParam("id") long id, Completion input) {
        Completion given = input == null ? new Completion(null, null, null) : input;
        return assignments.complete(id, given.evidenceId(), given.note(), given.version());
    }
}
