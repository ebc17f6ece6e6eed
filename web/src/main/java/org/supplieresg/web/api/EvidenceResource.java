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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.EvidenceExpiry;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.evidence.EvidenceDownloads;

/**
 * Evidence files. Upload: send the file's bytes as the body (any content type; the server detects the real one) with
 * its name in {@code fileName} or in a Content-Disposition header, and what it is as query parameters.
 */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class EvidenceResource {

    @Inject
    EvidenceLibrary library;

    @Inject
    EvidenceExpiry expiry;

    @POST
    @Path("expiry-check")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Run the daily evidence expiry check now (admin)",
            description = "Accepted answers whose evidence has all expired go back to the supplier (more information needed), "
                    + "and the suppliers' current scores are computed again.")
    public EvidenceExpiry.Result expiryCheck() {
        return expiry.check();
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a new version of a document; earlier versions are kept")
    public Response uploadVersion(@PathParam("id") long evidenceId, @QueryParam("fileName") String fileName,
                                  @HeaderParam("Content-Disposition") String disposition, @QueryParam("kind") String kind,
                                  @QueryParam("issuer") String issuer, @QueryParam("validFrom") String validFrom,
                                  @QueryParam("validTo") String validTo, @QueryParam("language") String language,
                                  InputStream body, @Context UriInfo uri) {
        try {
            EvidenceView stored = library.uploadVersion(evidenceId, body, name(fileName, disposition),
                    details(kind, issuer, validFrom, validTo, language));
            return Response.created(uri.getBaseUriBuilder().path("evidence").path(String.valueOf(stored.id())).build())
                    .entity(stored).build();
        } finally {
            Uploads.drain(body);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's details")
    public EvidenceView get(@PathParam("id") long evidenceId) {
        return library.get(evidenceId);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of the document, newest first")
    public List<EvidenceView> versions(@PathParam("id") long evidenceId) {
        return library.versions(evidenceId);
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The document's bytes (recorded in the audit trail)", description = "inline=true shows a PDF or an image in the browser.")
    public Response content(@PathParam("id") long evidenceId, @QueryParam("inline") boolean inline) {
        EvidenceLibrary.Download download = library.open(evidenceId);
        StreamingOutput body = out -> {
            try (InputStream in = download.content(); OutputStream target = out) {
                in.transferTo(target);
            }
        };
        return Response.ok(body, download.evidence().contentType())
                .header("Content-Length", download.evidence().sizeBytes())
                .header("Content-Disposition", EvidenceDownloads.disposition(download.evidence(), inline))
                .header("Content-Security-Policy", EvidenceDownloads.CONTENT_POLICY)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static Evidence.Details details(String kind, String issuer, String validFrom, String validTo, String language) {
        EvidenceKind parsedKind;
        try {
            parsedKind = kind == null || kind.isBlank() ? EvidenceKind.OTHER : EvidenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldViolation.of("kind", "evidence.kind", kind));
        }
        return new Evidence.Details(parsedKind, blankToNull(issuer), date("validFrom", validFrom), date("validTo", validTo),
                blankToNull(language));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldViolation.of(field, "evidence.dateFormat", value));
        }
    }

    /** The file name from the query, else from a Content-Disposition header (filename*= or filename=). */
    static String name(String fileName, String disposition) {
        if (fileName != null && !fileName.isBlank()) {
            return fileName;
        }
        if (disposition != null) {
            java.util.regex.Matcher extended = java.util.regex.Pattern.compile("filename\\*=UTF-8''([^;]+)", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(disposition);
            if (extended.find()) {
                return java.net.URLDecoder.decode(extended.group(1).strip(), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.util.regex.Matcher plain = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(disposition);
            if (plain.find()) {
                return plain.group(1).strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
