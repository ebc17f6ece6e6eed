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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.BlackoutDays;

/** Days a company's site receives no announced audit. */
@Path("suppliers/{id}/blackout-days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class SupplierBlackoutResource {

    public record NewBlackout(LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    @Inject
    BlackoutDays blackoutDays;

    @GET
    @Operation(summary = "A company's blackout days")
    public List<BlackoutDays.Blackout> list(@PathParam("id") long supplierId) {
        return blackoutDays.of(supplierId);
    }

    @POST
    @Operation(summary = "Declare blackout days (at most 31, with the reason); announced audits are not scheduled on them")
    public Response declare(@PathParam("id") long supplierId, NewBlackout input) {
        if (input == null) {
            throw new BadRequestException("Send {\"firstDay\": ..., \"lastDay\": ..., \"reason\": ...}.");
        }
        return Response.status(Response.Status.CREATED).entity(blackoutDays.declare(supplierId, input.firstDay(), input.lastDay(),
                input.reason())).build();
    }
}
