package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.CampaignScope;
import org.supplieresg.assessment.CampaignView;
import org.supplieresg.chain.Cascade;
import org.supplieresg.chain.ChainOverview;
import org.supplieresg.supplier.SpendCategory;

/**
 * The chain cascade: a Tier-1's admin invites its own suppliers, sends them campaigns and carbon-data requests and
 * follows their results; a Tier-2 gives or withdraws consent; the buyer sees the chain map.
 */
@Path("chain")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chain")
public class ChainResource {

    public record NewCampaign(String name, LocalDate deadline, CampaignScope scope, Set<Long> supplierIds) {
    }

    public record NewCarbonRequest(Set<Long> supplierIds, Integer year, String productCodes, String message, LocalDate deadline) {
    }

    public record Consent(Boolean granted) {
    }

    @Inject
    Cascade cascade;

    @Inject
    ChainOverview overview;

    @POST
    @Path("tier2s")
    @Operation(summary = "Invite a Tier-2 supplier", description = "Registers the company as the caller's Tier-2 and creates its first login; the answer carries the first password, shown once.")
    public Response invite(Cascade.Invitation input, @Context UriInfo uri) {
        Cascade.Invited invited = cascade.invite(required(input));
        return Response.created(uri.getBaseUriBuilder().path("suppliers").path(String.valueOf(invited.supplierId())).build()).entity(invited).build();
    }

    @GET
    @Path("tier2s")
    @Operation(summary = "The Tier-2 suppliers the caller's company invited, with what each lets it see")
    public List<Cascade.Tier2> tier2s() {
        return cascade.tier2s();
    }

    @POST
    @Path("campaigns")
    @Operation(summary = "Send a campaign (FULL catalogue or CORE subset) to invited Tier-2 suppliers")
    public Response launch(NewCampaign input, @Context UriInfo uri) {
        NewCampaign campaign = required(input);
        CampaignView created = cascade.launch(campaign.name(), campaign.deadline(), campaign.scope(), campaign.supplierIds());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("campaigns")
    @Operation(summary = "The campaigns the caller's company sent to its own suppliers")
    public List<CampaignView> campaigns() {
        return cascade.campaigns();
    }

    @POST
    @Path("carbon-requests")
    @Operation(summary = "Ask invited Tier-2 suppliers for their carbon data of a year")
    public Response requestCarbonData(NewCarbonRequest input) {
        NewCarbonRequest request = required(input);
        return Response.status(Response.Status.CREATED).entity(cascade.requestCarbonData(request.supplierIds(), request.year(),
                request.productCodes(), request.message(), request.deadline())).build();
    }

    @GET
    @Path("customer")
    @Operation(summary = "For an invited Tier-2: the customer that invited it, the consent and the requests")
    public Cascade.Customer customer() {
        return cascade.customer().orElseThrow(() -> new NotFoundException("Your company was not invited by a customer on the platform."));
    }

    @PUT
    @Path("consent")
    @Operation(summary = "Grant (true) or withdraw (false) consent to share the company's results with the customer that invited it and the buyer")
    public Cascade.Customer consent(Consent input) {
        if (input == null || input.granted() == null) {
            throw new BadRequestException("Send {\"granted\": true} or {\"granted\": false}.");
        }
        return cascade.consent(input.granted());
    }

    @GET
    @Path("map")
    @Operation(summary = "The multi-tier chain: Tier-1, Tier-2 and mineral origin countries, with tier and risk")
    public ChainOverview.ChainMap map(@QueryParam("commodity") SpendCategory commodity, @QueryParam("mineral") String mineral) {
        return overview.map(commodity, mineral == null || mineral.isBlank() ? null : mineral.strip());
    }

    @GET
    @Path("risks/{tier1Id}")
    @Operation(summary = "The risks a Tier-1 carries through its Tier-2 suppliers, with the path")
    public List<ChainOverview.ChainRisk> risks(@PathParam("tier1Id") long tier1Id) {
        return overview.risksOf(tier1Id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request has no body: send it as JSON.");
        }
        return body;
    }
}
