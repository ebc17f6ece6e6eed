package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.scoring.Rescoring;

/** The tier policy: read it, preview a change, publish it (which rescores everyone). */
@Path("tier-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tier policy")
public class TierPolicyResource {

    /** Candidate thresholds, in percent. */
    public record Thresholds(BigDecimal aMinimum, BigDecimal bMinimum, BigDecimal cMinimum, BigDecimal dimensionFloorForA,
                             BigDecimal unvalidatedPointsPercent, String note) {

        TierPolicy toPolicy() {
            return new TierPolicy(0, aMinimum, bMinimum, cMinimum, dimensionFloorForA, unvalidatedPointsPercent);
        }
    }

    @Inject
    TierPolicies policies;

    @Inject
    Rescoring rescoring;

    @GET
    @Path("current")
    @Operation(summary = "The tier policy in force")
    public TierPolicy current() {
        return policies.current();
    }

    @POST
    @Path("preview")
    @Operation(summary = "Whose score or tier would change under these thresholds", description = "Stores nothing; tier changes first.")
    public List<Rescoring.Change> preview(Thresholds thresholds) {
        return rescoring.preview(required(thresholds).toPolicy());
    }

    @POST
    @Operation(summary = "Publish these thresholds as the next policy version and rescore everyone (admin)")
    public List<Rescoring.Change> publish(Thresholds thresholds) {
        return rescoring.publishPolicy(required(thresholds).toPolicy(), thresholds.note());
    }

    private static Thresholds required(Thresholds thresholds) {
        if (thresholds == null) {
            throw new BadRequestException("The request has no body: send the thresholds as JSON.");
        }
        return thresholds;
    }
}
