package org.supplieresg.web.api;

import jakarta.inject.Inject;
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
import org.supplieresg.emissions.ProductFootprints;

/** Product carbon footprints a company declares. */
@Path("suppliers/{id}/product-footprints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emissions")
public class SupplierFootprintResource {

    @Inject
    ProductFootprints footprints;

    @GET
    @Operation(summary = "The company's product carbon footprints")
    public List<ProductFootprints.Footprint> list(@PathParam("id") long supplierId) {
        return footprints.of(supplierId);
    }

    @POST
    @Operation(summary = "Declare a product footprint: kg CO2e per piece, kg, t or kWh of capacity (EU Battery Regulation Art. 7), with boundary and study")
    public Response declare(@PathParam("id") long supplierId, ProductFootprints.NewFootprint input) {
        SupplierEmissionsResource.require(input);
        return Response.status(Response.Status.CREATED).entity(footprints.declare(supplierId, input)).build();
    }
}
