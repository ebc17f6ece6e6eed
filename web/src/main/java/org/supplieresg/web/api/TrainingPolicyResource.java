package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.training.TrainingLibrary;
import org.supplieresg.training.TrainingViews;

/** The training policy: the dimension score below which a dimension's modules are assigned. */
@Path("training-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingPolicyResource {

    /** The new threshold, 0-100, and the version read. */
    public record PolicyInput(BigDecimal threshold, Long version) {
    }

    @Inject
    TrainingLibrary library;

    @GET
    @Operation(summary = "The threshold in force: a dimension scored below it assigns that dimension's modules")
    public TrainingViews.PolicyView get() {
        return library.policy();
    }

    @PUT
    @Operation(summary = "Change the threshold (admin); applies from the next score; a stale version is a 409")
    public TrainingViews.PolicyView change(PolicyInput input) {
        if (input == null) {
            throw new BadRequestException("Send {\"threshold\": 0-100, \"version\": n}.");
        }
        return library.changePolicy(input.threshold(), input.version());
    }
}
