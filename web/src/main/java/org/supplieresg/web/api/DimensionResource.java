package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.DimensionView;

/** The dimensions of the catalogue in force. */
@Path("dimensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class DimensionResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "The dimensions of the catalogue in force, with their weights and limits on N/A answers")
    public List<DimensionView> dimensions() {
        return catalogue.dimensions();
    }
}
