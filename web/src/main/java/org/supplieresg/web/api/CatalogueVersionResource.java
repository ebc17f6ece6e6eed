package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.CatalogueVersions;
import org.supplieresg.reports.CatalogueWorkbook;
import org.supplieresg.scoring.Rescoring;

/**
 * Catalogue versions: list them, export one as an Excel workbook, import an edited workbook as a draft, see what the
 * draft changes (texts, weights, and whose tier would move), then publish it (which rescores everyone) or discard it.
 */
@Path("catalogue-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue versions")
public class CatalogueVersionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CatalogueVersions versions;

    @Inject
    Rescoring rescoring;

    @GET
    @Operation(summary = "Every catalogue version, newest first, with its status and how many campaigns use it")
    public List<CatalogueVersions.VersionView> list() {
        return versions.list();
    }

    @GET
    @Path("{versionNo}/workbook")
    @Produces(XLSX)
    @Operation(summary = "The version as an Excel workbook to edit and import back")
    public Response workbook(@PathParam("versionNo") int versionNo) {
        CatalogueWorkbook.Content content = versions.content(versionNo);
        StreamingOutput body = out -> CatalogueWorkbook.write(content, versionNo, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"catalogue-v" + versionNo + ".xlsx\"").build();
    }

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an edited workbook as a new draft version (admin)",
            description = "All or nothing: any problem (duplicate codes, weights not adding up to 100 %, a missing "
                    + "translation, a malformed sheet) comes back as a 400 listing each one, and nothing is stored.")
    public Response importDraft(InputStream workbook) {
        try {
            CatalogueVersions.VersionView draft = versions.importDraft(workbook);
            return Response.status(Response.Status.CREATED).entity(draft).build();
        } finally {
            // A refusal (403, 400) must still read the upload, or the client sees a closed connection, not the answer.
            Uploads.drain(workbook);
        }
    }

    @GET
    @Path("{versionNo}/differences")
    @Operation(summary = "What a draft changes compared with the version in force")
    public List<CatalogueVersions.Difference> differences(@PathParam("versionNo") int versionNo) {
        return versions.differences(versionNo);
    }

    @GET
    @Path("{versionNo}/rescoring-preview")
    @Operation(summary = "Whose score or tier would change if the draft were published", description = "Stores nothing; tier changes first.")
    public List<Rescoring.Change> preview(@PathParam("versionNo") int versionNo) {
        return rescoring.previewCatalogue(versionNo);
    }

    @POST
    @Path("{versionNo}/publish")
    @Operation(summary = "Put a draft in force and rescore everyone under its weights and points (admin)",
            description = "Campaigns already running keep the version they started with.")
    public List<Rescoring.Change> publish(@PathParam("versionNo") int versionNo) {
        return rescoring.publishCatalogue(versionNo);
    }

    @DELETE
    @Path("{versionNo}")
    @Operation(summary = "Discard a draft (admin)")
    public Response discard(@PathParam("versionNo") int versionNo) {
        versions.discard(versionNo);
        return Response.noContent().build();
    }
}
