package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.procurement.AllocationPlanner;
import org.supplieresg.procurement.ProcurementDashboard;
import org.supplieresg.procurement.ProcurementOverview;
import org.supplieresg.procurement.Sourcing;
import org.supplieresg.supplier.SpendCategory;

/** Assessment results put to work in buying: order allocation and spend by tier. */
@Path("procurement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class ProcurementResource {

    @Inject
    Sourcing sourcing;

    @Inject
    ProcurementDashboard dashboard;

    @GET
    @Path("allocation")
    @Operation(summary = "Propose shares of a category's demand among its qualified suppliers",
            description = "Weighted by score and tier (A x1.5, B x1.0, C x0.5), blocked and unassessed suppliers left out, "
                    + "minimum and maximum shares honoured; the answer lists its reasoning.")
    public AllocationPlanner.Plan allocation(@QueryParam("category") SpendCategory category,
                                             @QueryParam("demand") BigDecimal demand,
                                             @QueryParam("unit") String unit,
                                             @QueryParam("minShare") @DefaultValue("10") BigDecimal minShare,
                                             @QueryParam("maxShare") @DefaultValue("60") BigDecimal maxShare) {
        return sourcing.allocation(category, demand, unit, minShare, maxShare);
    }

    @GET
    @Path("spend-by-tier")
    @Operation(summary = "Annual spend with Tier-1 suppliers by current tier and currency")
    public List<Sourcing.SpendByTier> spendByTier() {
        return sourcing.spendByTier();
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "The procurement dashboard's figures",
            description = "Active Tier-1 suppliers and their annual spend (USD) by current tier, open campaigns' progress, "
                    + "suppliers that changed tier in the last 90 days and blocked suppliers that still carry spend. "
                    + "Shared for up to 15 s between callers; asOf says when they were computed.")
    public ProcurementOverview dashboard() {
        return dashboard.overview();
    }
}
