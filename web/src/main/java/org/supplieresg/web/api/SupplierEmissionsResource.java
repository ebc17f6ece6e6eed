package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.emissions.EmissionResults;
import org.supplieresg.emissions.Inventories;

/** A company's GHG inventories and the figures calculated from them. */
@Path("suppliers/{id}/inventories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emissions")
public class SupplierEmissionsResource {

    @Inject
    Inventories inventories;

    @Inject
    EmissionResults results;

    @GET
    @Operation(summary = "The years a company has an inventory for, newest first")
    public List<Integer> years(@PathParam("id") long supplierId) {
        return inventories.years(supplierId);
    }

    @POST
    @Operation(summary = "Open (create as a draft, or return) the company's inventory of a year")
    public Response open(@PathParam("id") long supplierId, @QueryParam("year") Integer year) {
        return Response.status(Response.Status.CREATED).entity(inventories.open(supplierId, year)).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The company's inventory of a year with its lines")
    public Inventories.InventoryView ofYear(@PathParam("id") long supplierId, @PathParam("year") int year) {
        return inventories.of(supplierId, year).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No inventory for " + year + "."));
    }

    @GET
    @Path("{year}/figures")
    @Operation(summary = "The company's own Scope 1, 2 and inputs figures of a year from the latest calculation run")
    public EmissionResults.SupplierFigures figures(@PathParam("id") long supplierId, @PathParam("year") int year) {
        return results.ofSupplier(supplierId, year);
    }

    static void require(Object body) {
        if (body == null) {
            throw new BadRequestException("Send a body.");
        }
    }
}
