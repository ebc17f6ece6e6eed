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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.SharedResult;
import org.supplieresg.assessment.SharedResults;

/** A company's shared results: list them, submit one with its report already in the evidence library. */
@Path("suppliers/{id}/shared-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shared results")
public class SupplierSharedResultResource {

    /** validTo may be left out: the scheme's default validity from assessedOn applies. */
    public record NewSharedResult(String scheme, Long evidenceId, LocalDate assessedOn, LocalDate validTo, String result,
                                  BigDecimal score, String referenceNo, String issuer) {
    }

    @Inject
    SharedResults sharedResults;

    @GET
    @Operation(summary = "A company's shared results, newest first, with their proposals")
    public List<SharedResults.SharedResultView> list(@PathParam("id") long supplierId) {
        return sharedResults.ofSupplier(supplierId);
    }

    @POST
    @Operation(summary = "Submit a shared result",
            description = "scheme is ECOVADIS, RBA_VAP, SMETA, ISO_14001, ISO_45001 or ISO_50001; evidenceId names the report "
                    + "or certificate, uploaded first to the company's library. The coverage rules propose the indicators it answers.")
    public Response submit(@PathParam("id") long supplierId, NewSharedResult input, @Context UriInfo uri) {
        if (input == null || input.evidenceId() == null) {
            throw new BadRequestException("Send the result as JSON, with evidenceId naming the uploaded report or certificate.");
        }
        SharedResults.SharedResultView created = sharedResults.submit(supplierId, new SharedResult.Statement(input.scheme(),
                input.evidenceId(), input.assessedOn(), input.validTo(), input.result(), input.score(), input.referenceNo(), input.issuer()));
        return Response.created(uri.getBaseUriBuilder().path("shared-results").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
