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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingViews;

/** A company's training: the modules assigned to it, and a buyer's assignment of one more. */
@Path("suppliers/{id}/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class SupplierTrainingResource {

    /** A module to assign by hand, with a note the supplier reads. */
    public record Assignment(Long moduleId, String note) {
    }

    @Inject
    TrainingAssignments assignments;

    @GET
    @Operation(summary = "A company's assigned modules, open ones first, with why each was assigned and its completion")
    public List<TrainingViews.AssignmentView> list(@PathParam("id") long supplierId) {
        return assignments.ofSupplier(supplierId);
    }

    @POST
    @Operation(summary = "Assign a module by hand (procurement, admin)",
            description = "Modules are assigned automatically when a score puts their dimension below the threshold; this adds one "
                    + "more. Refused for an inactive module or one the company already has.")
    public Response assign(@PathParam("id") long supplierId, Assignment input) {
        if (input == null || input.moduleId() == null) {
            throw new BadRequestException("Send {\"moduleId\": n, \"note\": \"...\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(assignments.assign(supplierId, input.moduleId(), input.note())).build();
    }
}
