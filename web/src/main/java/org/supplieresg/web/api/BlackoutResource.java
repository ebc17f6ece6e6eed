package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.audit.BlackoutDays;

/** Withdraws declared blackout days. */
@Path("blackout-days")
@Tag(name = "Audits")
public class BlackoutResource {

    @Inject
    BlackoutDays blackoutDays;

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw blackout days")
    public Response withdraw(@PathParam("id") long id) {
        blackoutDays.withdraw(id);
        return Response.noContent().build();
    }
}
