package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.reporting.ReportJobs;
import org.supplieresg.reporting.ReportKind;
import org.supplieresg.reporting.ReportRequest;

/** Report jobs: ask for a scorecard, the portfolio workbook or a disclosure; follow, cancel, rerun; download the file. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    /** What is asked for; dates as yyyy-MM-dd. */
    public record Ask(ReportKind kind, Long supplierId, String from, String to, Integer year, String language) {
    }

    @Inject
    ReportJobs jobs;

    @POST
    @Path("jobs")
    @Operation(summary = "Ask for a report; it runs in the background. 202 with the job; the same report already under way is"
            + " returned instead of a second job (created = false)")
    public Response request(Ask ask) {
        if (ask == null) {
            throw new BadRequestException("Send the report asked for as JSON: {\"kind\": \"SCORECARD\", \"supplierId\": 12, \"language\": \"en\"}.");
        }
        ReportJobs.JobView job = jobs.request(ReportRequest.of(ask.kind(), ask.supplierId(), date("from", ask.from()), date("to", ask.to()),
                ask.year(), ask.language()));
        return Response.status(Response.Status.ACCEPTED).entity(job).build();
    }

    @GET
    @Path("jobs")
    @Operation(summary = "The report history, newest first: parameters, who asked and when, status, progress, file checksum")
    public List<ReportJobs.JobView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return jobs.recent(limit);
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "One job with its progress")
    public ReportJobs.JobView get(@PathParam("id") long id) {
        return jobs.get(id);
    }

    @POST
    @Path("jobs/{id}/cancel")
    @Operation(summary = "Cancel a queued or running job; a running one stops at its next progress step and keeps no file")
    public ReportJobs.JobView cancel(@PathParam("id") long id) {
        return jobs.cancel(id);
    }

    @POST
    @Path("jobs/{id}/rerun")
    @Operation(summary = "Run a finished, failed or cancelled job again with the same parameters")
    public Response rerun(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(jobs.rerun(id)).build();
    }

    @GET
    @Path("jobs/{id}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "The generated file of a succeeded job, with its SHA-256 in the Digest header")
    public Response file(@PathParam("id") long id) {
        ReportJobs.Download download = jobs.download(id);
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return Response.ok(body, download.contentType()).header("Content-Length", download.size())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(download.sha256())))
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("\"" + field + "\" must be a date written yyyy-MM-dd, not \"" + text + "\".");
        }
    }
}
