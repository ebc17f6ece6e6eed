package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.emissions.GwpSets;

/** The IPCC GWP sets the emission figures are expressed with. */
@Path("gwp-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emissions")
public class GwpSetResource {

    @Inject
    GwpSets gwpSets;

    @GET
    @Operation(summary = "The GWP sets (IPCC AR5, AR6), 100-year values per gas with their source, and which one reporting uses")
    public List<org.supplieresg.emissions.GwpSet> all() {
        return gwpSets.all();
    }
}
