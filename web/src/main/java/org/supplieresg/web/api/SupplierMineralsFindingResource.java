package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.minerals.MineralsDeclarations;
import org.supplieresg.minerals.MineralsDeclarations.FindingView;

/** A company's responsible-minerals findings across its declarations. */
@Path("suppliers/{id}/minerals-findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsible minerals")
public class SupplierMineralsFindingResource {

    @Inject
    MineralsDeclarations declarations;

    @GET
    @Operation(summary = "A company's findings on smelters not shown RMAP-conformant (indicator MIN-04), open ones first")
    public List<FindingView> findings(@PathParam("id") long supplierId) {
        return declarations.findings(supplierId);
    }
}
