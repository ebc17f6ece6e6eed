package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.CampaignView;
import org.supplieresg.assessment.Campaigns;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;

/** Assessment campaigns: launch for a selection of suppliers, follow progress, close. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignResource {

    /**
     * A new campaign; the selection fields left empty mean "any". {@code currentTiers} selects by risk: suppliers whose
     * current tier is one of A, B, C, D, or NOT_ASSESSED.
     */
    public record NewCampaign(String name, LocalDate deadline, Set<SpendCategory> spendCategories, Set<String> countries,
                              ChainTier chainTier, Set<String> currentTiers, Set<Long> supplierIds) {
    }

    @Inject
    Campaigns campaigns;

    @POST
    @Operation(summary = "Launch a campaign on the catalogue in force", description = "Creates one assessment per selected active or onboarding supplier.")
    public Response launch(NewCampaign input, @Context UriInfo uri) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the campaign as JSON.");
        }
        CampaignView created = campaigns.launch(input.name(), input.deadline(),
                new Campaigns.Selection(input.spendCategories(), input.countries(), input.chainTier(), input.currentTiers(),
                        input.supplierIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All campaigns, newest first, with each supplier's progress")
    public List<CampaignView> list() {
        return campaigns.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with each supplier's progress")
    public CampaignView get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a campaign: answers can no longer change")
    public CampaignView close(@PathParam("id") long id) {
        return campaigns.close(id);
    }
}
