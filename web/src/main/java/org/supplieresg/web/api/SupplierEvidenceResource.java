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
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;

/** A company's evidence library: list it, upload to it (see {@link EvidenceResource} for the rules of an upload). */
@Path("suppliers/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class SupplierEvidenceResource {

    @Inject
    EvidenceLibrary library;

    @GET
    @Operation(summary = "A company's evidence library: the latest version of each document, newest first")
    public List<EvidenceView> library(@PathParam("id") long supplierId) {
        return library.library(supplierId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document to a company's library",
            description = "kind is CERTIFICATE, POLICY, REPORT, PHOTO, INVOICE, MEASUREMENT, AUDIT_REPORT or OTHER; "
                    + "validFrom and validTo are ISO dates. Accepted: PDF, PNG, JPEG, XLSX, XLS, DOCX, CSV, recognised from "
                    + "their bytes; 25 MB at most by default. Any refusal is a 400 saying why, and nothing is stored.")
    public Response upload(@PathParam("id") long supplierId, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Disposition") String disposition, @QueryParam("kind") String kind,
                           @QueryParam("issuer") String issuer, @QueryParam("validFrom") String validFrom,
                           @QueryParam("validTo") String validTo, @QueryParam("language") String language,
                           InputStream body, @Context UriInfo uri) {
        try {
            EvidenceView stored = library.upload(supplierId, body, EvidenceResource.name(fileName, disposition),
                    EvidenceResource.details(kind, issuer, validFrom, validTo, language));
            return Response.created(uri.getBaseUriBuilder().path("evidence").path(String.valueOf(stored.id())).build())
                    .entity(stored).build();
        } finally {
            Uploads.drain(body);
        }
    }
}
