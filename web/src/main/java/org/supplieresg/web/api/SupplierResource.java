package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.List;
import org.supplieresg.assessment.AssessmentSummary;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.reports.SupplierImportWorkbook;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierImport;
import org.supplieresg.supplier.SupplierPage;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierStatus;

/** Suppliers over HTTP: translates requests into {@link SupplierDirectory} calls and back; no rules live here. */
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SupplierResource {

    @Inject
    SupplierImport imports;

    @Inject
    SupplierDirectory directory;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Scores scores;

    @GET
    @Path("import-template")
    @Produces(CatalogueVersionResource.XLSX)
    @Operation(summary = "The Excel template for registering many suppliers at once")
    public Response importTemplate() {
        StreamingOutput body = out -> SupplierImportWorkbook.writeTemplate(imports.columns(), IMPORT_INSTRUCTIONS, out);
        return Response.ok(body, CatalogueVersionResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"supplier-import-template.xlsx\"").build();
    }

    @POST
    @Path("import")
    @Consumes({CatalogueVersionResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Register the suppliers of a filled template (procurement, admin)",
            description = "All or nothing: if any row is wrong, the answer is a 400 listing every row and problem, and nobody is registered.")
    public Response importSuppliers(java.io.InputStream workbook) {
        try {
            List<Long> ids = imports.importWorkbook(workbook);
            return Response.status(Response.Status.CREATED).entity(java.util.Map.of("created", ids.size(), "ids", ids)).build();
        } finally {
            Uploads.drain(workbook);
        }
    }

    static final List<String> IMPORT_INSTRUCTIONS = List.of(
            "Register many suppliers at once / 批量登记供应商",
            "",
            "Fill one row per supplier on the sheet \"Suppliers 供应商\" from row 3; keep the first row (column names) as it is.",
            "在“Suppliers 供应商”工作表中从第 3 行起每行填写一家供应商；请勿修改第一行（列名）。",
            "Columns marked * are required. Country and currency are ISO codes (CN, CNY). A Tier-2 supplier names the id of the",
            "Tier-1 supplier it sells to. One contact per row at most; add more on the supplier's page.",
            "带 * 的列为必填。国家和币种使用 ISO 代码（CN、CNY）。二级供应商须填写其所供货的一级供应商编号。每行最多一位联系人。",
            "The upload is all or nothing: if any row is wrong, nobody is registered and every problem is listed with its row.",
            "上传为“全部成功或全部不导入”：如有任何一行有误，将不登记任何供应商，并逐行列出问题。");

    @GET
    @Operation(summary = "A page of suppliers, filtered and sorted", description = "Staff roles only.")
    @APIResponse(responseCode = "200", description = "The page, with the total number of matches")
    @APIResponse(responseCode = "403", description = "Supplier users cannot list suppliers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierPage list(@QueryParam("q") @Parameter(description = "part of the legal or local name") String text,
                             @QueryParam("country") String country,
                             @QueryParam("tier") ChainTier tier,
                             @QueryParam("status") SupplierStatus status,
                             @QueryParam("category") SpendCategory category,
                             @QueryParam("sort") @DefaultValue("legalName") String sort,
                             @QueryParam("desc") @DefaultValue("false") boolean descending,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("size") @DefaultValue("50") int size,
                             @QueryParam("procurementTier") @Parameter(description = "A, B, C, D, or NONE for suppliers never scored")
                             String procurementTier) {
        if (!SupplierSearch.SORTABLE.contains(sort)) {
            throw new InvalidInputException(FieldViolation.of("sort", "api.sort.unknown", sort));
        }
        SupplierSearch search = new SupplierSearch(text, country, tier, status, category, sort, !descending, first, size, procurementTier, null);
        if (procurementTier != null && search.procurementTier() == null) {
            throw new InvalidInputException(FieldViolation.of("procurementTier", "api.procurementTier.unknown", procurementTier));
        }
        return directory.search(search);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supplier", description = "A supplier user can read only its own company; any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The supplier")
    @APIResponse(responseCode = "404", description = "No such supplier, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierDetails get(@PathParam("id") long id) {
        return directory.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The audit trail of one supplier", description = "Who changed which field, when, from what to what; newest first.")
    public List<AuditRecord> history(@PathParam("id") long id) {
        return directory.history(id);
    }

    @GET
    @Path("{id}/assessments")
    @Operation(summary = "The supplier's assessments, newest campaign first, with progress")
    public List<AssessmentSummary> assessments(@PathParam("id") long id) {
        return questionnaires.ofSupplier(id);
    }

    @GET
    @Path("{id}/score")
    @Operation(summary = "The supplier's current score", description = "Total, dimension scores, tier and the caps applied; 404 if never scored.")
    public ScoreView score(@PathParam("id") long id) {
        return scores.current(id).map(ScoreView::of).orElseThrow(() -> new NotFoundException("score of supplier", id));
    }

    @GET
    @Path("{id}/score-history")
    @Operation(summary = "Every score the supplier had, oldest first, with its campaign and the change from the one before")
    public List<Scores.HistoryEntry> scoreHistory(@PathParam("id") long id) {
        return scores.history(id);
    }

    @GET
    @Path("{id}/sourcing-status")
    @Operation(summary = "May procurement source from this supplier?",
            description = "PREFERRED, APPROVED, CONDITIONAL (corrective plan required, warn on new orders) or BLOCKED (no new RFQ or purchase order), with the reason.")
    public Scores.SourcingAnswer sourcingStatus(@PathParam("id") long id) {
        return scores.sourcingStatus(id);
    }

    @POST
    @Operation(summary = "Register a supplier", description = "Procurement and admin.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new supplier")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed one by one; nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(SupplierInput input, @Context UriInfo uri) {
        SupplierDetails created = directory.register(required(input).toProfile());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a supplier", description = "Send the version you read; if someone saved since, the answer is 409 with their changes.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "Invalid fields; nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since your version; nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierDetails revise(@PathParam("id") long id, SupplierInput input) {
        SupplierInput body = required(input);
        return directory.revise(id, body.version(), body.toProfile()); // the service checks the caller's role, then the version
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a supplier registered by mistake", description = "Admin only. Send the version you read. "
            + "Refused while Tier-2 suppliers or user accounts depend on it. The audit trail keeps every field of the deleted record.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Still referenced, or no version given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed since your version; nothing deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        directory.delete(id, version); // the service checks the caller's role, then the version
        return Response.noContent().build();
    }

    private static SupplierInput required(SupplierInput input) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the supplier as JSON.");
        }
        return input;
    }

}
