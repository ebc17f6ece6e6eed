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
import org.supplieresg.assessment.IndicatorView;

/** The indicators of the catalogue in force, for integrations and for anyone who wants to review them. */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class IndicatorResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "Every indicator of the catalogue in force",
            description = "135 items with dimension and its weight, answer type, unit, points, N/A, red flag, on-site "
                    + "verification, maturity levels, KPI bands and the clauses of standards they derive from; in English and Chinese.")
    public List<IndicatorView> indicators() {
        return catalogue.indicators();
    }
}
