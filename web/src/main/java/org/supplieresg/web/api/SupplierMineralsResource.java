package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.minerals.MineralsDeclarations;
import org.supplieresg.minerals.MineralsDeclarations.DeclarationView;

/** A company's responsible-minerals declarations: its RMI templates (CMRT, EMRT), their smelters and findings. */
@Path("suppliers/{id}/minerals-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsible minerals")
public class SupplierMineralsResource {

    @Inject
    MineralsDeclarations declarations;

    @GET
    @Operation(summary = "A company's CMRT and EMRT declarations, newest first, with their smelters' conformance and findings",
            description = "current is true for the newest declaration of each template, the one in force.")
    public List<DeclarationView> declarations(@PathParam("id") long supplierId) {
        return declarations.declarations(supplierId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a filled-in RMI CMRT (6.01-6.5) or EMRT (1.1-2.1) as the raw body",
            description = "The file name comes from fileName or Content-Disposition. The smelters are compared with the current "
                    + "conformant smelter list; a smelter not shown conformant becomes a finding on MIN-04. A file that cannot be "
                    + "used is a 400 naming every problem (missing sheet, unsupported revision, unknown metal on a row), and "
                    + "nothing is stored. The file is also kept in the company's evidence library.")
    public Response upload(@PathParam("id") long supplierId, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Disposition") String disposition, InputStream body, @Context UriInfo uri) {
        try {
            DeclarationView stored = declarations.upload(supplierId, body, EvidenceResource.name(fileName, disposition));
            return Response.created(uri.getAbsolutePathBuilder().build()).entity(stored).build();
        } finally {
            Uploads.drain(body);
        }
    }
}
