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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.emissions.EmissionResults;
import org.supplieresg.emissions.EmissionRuns;
import org.supplieresg.emissions.FactorLibrary;
import org.supplieresg.emissions.Inventories;
import org.supplieresg.emissions.Purchases;

/** Emission factors, calculation runs, the reporting company's results with their lineage, purchases and inventories. */
@Path("emissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emissions")
public class EmissionsResource {

    public record GwpChoice(String gwpSet) {
    }

    public record Bound(String lineType, String unit, BigDecimal maximum, String note) {
    }

    public record Imported(int rows) {
    }

    public record Rate(BigDecimal unitsPerUsd, String source) {
    }

    @Inject
    FactorLibrary library;

    @Inject
    EmissionRuns runs;

    @Inject
    EmissionResults results;

    @Inject
    Purchases purchases;

    @Inject
    Inventories inventories;

    // ---- factors --------------------------------------------------------------------------------------------------

    @GET
    @Path("factors")
    @Operation(summary = "Search the emission factor library", description = "kind: FUEL, ELECTRICITY, MATERIAL, SPEND, FREIGHT, ...; q: part of the key, name or NAICS code")
    public List<FactorLibrary.FactorView> factors(@QueryParam("kind") String kind, @QueryParam("q") String text,
                                                  @QueryParam("current") @DefaultValue("true") boolean currentOnly,
                                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        return library.search(kind, text, currentOnly, limit);
    }

    @GET
    @Path("factors/versions")
    @Operation(summary = "Every version of one factor, oldest first, with who added it and why")
    public List<FactorLibrary.FactorView> versions(@QueryParam("key") String key) {
        requireParam("key", key);
        return library.versions(key);
    }

    @POST
    @Path("factors/corrections")
    @Operation(summary = "Correct a factor: the correction becomes its next version; results keep the version they used")
    public Response correct(@QueryParam("key") String key, FactorLibrary.Correction correction) {
        requireParam("key", key);
        return Response.status(Response.Status.CREATED).entity(library.correct(key, correction)).build();
    }

    @POST
    @Path("factors/import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", CatalogueVersionResource.XLSX})
    @Operation(summary = "Import a factor set from CSV or Excel (columns as in docs/emissions.md), all rows or none")
    public FactorLibrary.ImportSummary importFactors(@QueryParam("fileName") String fileName, InputStream body) {
        try {
            requireParam("fileName", fileName);
            return library.importSet(body, fileName);
        } finally {
            Uploads.drain(body);
        }
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    @GET
    @Path("exchange-rates")
    @Operation(summary = "Annual average exchange rates (units per US dollar) that spend-based figures use, with their sources")
    public List<FactorLibrary.ExchangeRate> exchangeRates() {
        return library.exchangeRates();
    }

    @PUT
    @Path("exchange-rates/{currency}/{year}")
    @Operation(summary = "Record the annual average rate of a currency for a year, with its source (audited)")
    public FactorLibrary.ExchangeRate setExchangeRate(@PathParam("currency") String currency, @PathParam("year") int year, Rate rate) {
        if (rate == null) {
            throw new BadRequestException("Send {\"unitsPerUsd\": 7.19, \"source\": \"...\"}.");
        }
        return library.setExchangeRate(currency, year, rate.unitsPerUsd(), rate.source());
    }

    @PUT
    @Path("gwp-setting")
    @Operation(summary = "Switch the reporting GWP set; every year is recalculated and the difference returned")
    public List<EmissionRuns.Comparison> switchGwp(GwpChoice choice) {
        if (choice == null) {
            throw new BadRequestException("Send {\"gwpSet\": \"AR5\"} or \"AR6\".");
        }
        return runs.switchGwpSet(choice.gwpSet());
    }

    @GET
    @Path("plausibility-bounds")
    @Operation(summary = "Quantities above these bounds (per line type and unit) are stored but flagged for review")
    public Map<String, BigDecimal> bounds() {
        return inventories.bounds();
    }

    @PUT
    @Path("plausibility-bounds")
    @Operation(summary = "Set one plausibility bound")
    public Map<String, BigDecimal> setBound(Bound bound) {
        if (bound == null) {
            throw new BadRequestException("Send {\"lineType\", \"unit\", \"maximum\", \"note\"}.");
        }
        inventories.setBound(bound.lineType(), bound.unit(), bound.maximum(), bound.note());
        return inventories.bounds();
    }

    // ---- runs and results -----------------------------------------------------------------------------------------

    @POST
    @Path("runs")
    @Operation(summary = "Recalculate a reporting year from the submitted inventories, footprints and purchases")
    public Response recompute(@QueryParam("year") Integer year, @QueryParam("reason") String reason) {
        requireParam("year", year);
        return Response.status(Response.Status.CREATED).entity(runs.recompute(year, reason)).build();
    }

    @GET
    @Path("runs")
    @Operation(summary = "The calculation runs of a year, newest first")
    public List<EmissionRuns.RunSummary> history(@QueryParam("year") Integer year) {
        requireParam("year", year);
        return runs.history(year);
    }

    @GET
    @Path("runs/{id}/comparison")
    @Operation(summary = "Before and after: a run against the one before it, figure by figure")
    public EmissionRuns.Comparison compare(@PathParam("id") long id) {
        return runs.compare(id);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Scope 1, 2 (location and market) and 3 of a year; Scope 3 by category and method, data quality, primary-data share, hotspots")
    public EmissionResults.Summary summary(@QueryParam("year") Integer year) {
        requireParam("year", year);
        return results.summary(year);
    }

    @GET
    @Path("figures")
    @Operation(summary = "The reporting company's figures of a year, biggest first")
    public List<EmissionResults.Figure> figures(@QueryParam("year") Integer year, @QueryParam("scope") Integer scope,
                                                @QueryParam("limit") @DefaultValue("200") int limit) {
        requireParam("year", year);
        return results.figures(year, scope, limit);
    }

    @GET
    @Path("figures/{id}/lineage")
    @Operation(summary = "Everything behind one figure: its line, quantity and unit, factor version and source, method, allocation, who entered it")
    public EmissionResults.Lineage lineage(@PathParam("id") long id) {
        return results.lineage(id);
    }

    // ---- purchases ------------------------------------------------------------------------------------------------

    @GET
    @Path("purchases")
    @Operation(summary = "The purchases and inbound freight of a year (Scope 3 categories 1, 2 and 4)")
    public List<Purchases.PurchaseLine> purchases(@QueryParam("year") Integer year) {
        requireParam("year", year);
        return purchases.of(year);
    }

    @POST
    @Path("purchases")
    @Operation(summary = "Add a purchase line")
    public Response addPurchase(Purchases.NewPurchase input) {
        if (input == null) {
            throw new BadRequestException("Send a purchase line.");
        }
        return Response.status(Response.Status.CREATED).entity(purchases.add(input)).build();
    }

    @DELETE
    @Path("purchases/{id}")
    @Operation(summary = "Remove a purchase line")
    public Response removePurchase(@PathParam("id") long id) {
        purchases.remove(id);
        return Response.noContent().build();
    }

    @POST
    @Path("purchases/import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", CatalogueVersionResource.XLSX})
    @Operation(summary = "Import purchase lines of a year from CSV or Excel, all rows or none; the same file twice is refused")
    public Imported importPurchases(@QueryParam("year") Integer year, @QueryParam("fileName") String fileName, InputStream body) {
        try {
            requireParam("year", year);
            requireParam("fileName", fileName);
            return new Imported(purchases.importLines(year, bytes(body), fileName));
        } finally {
            Uploads.drain(body);
        }
    }

    // ---- inventories ----------------------------------------------------------------------------------------------

    @GET
    @Path("own-inventory")
    @Operation(summary = "The reporting company's own inventory of a year (created as a draft when first asked for by an officer)")
    public Inventories.InventoryView ownInventory(@QueryParam("year") Integer year) {
        requireParam("year", year);
        return inventories.of(null, year).orElseGet(() -> inventories.open(null, year));
    }

    @GET
    @Path("inventories/{id}")
    @Operation(summary = "One inventory with its lines")
    public Inventories.InventoryView inventory(@PathParam("id") long id) {
        return inventories.get(id);
    }

    @PUT
    @Path("inventories/{id}")
    @Operation(summary = "Basis, revenue, production, reduction target, verified totals and statement of an inventory")
    public Inventories.InventoryView updateInventory(@PathParam("id") long id, @QueryParam("version") Long version, Inventories.Details details) {
        // the access check answers before the version check, so that nothing is revealed about others' inventories
        return inventories.update(id, details, version == null ? -1 : version);
    }

    @POST
    @Path("inventories/{id}/lines")
    @Operation(summary = "Add a line of activity data; checked by calculating it; implausible quantities are flagged for review")
    public Response addLine(@PathParam("id") long id, Inventories.NewLine line) {
        return Response.status(Response.Status.CREATED).entity(inventories.addLine(id, line)).build();
    }

    @DELETE
    @Path("inventory-lines/{id}")
    @Operation(summary = "Remove a line from a draft inventory")
    public Response removeLine(@PathParam("id") long id) {
        inventories.removeLine(id);
        return Response.noContent().build();
    }

    @POST
    @Path("inventories/{id}/import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", CatalogueVersionResource.XLSX})
    @Operation(summary = "Import activity lines from CSV or Excel, all rows or none; the same file twice is refused")
    public Imported importLines(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        try {
            // no fileName: the service answers (after its access check) that the file type is unknown
            return new Imported(inventories.importLines(id, bytes(body), fileName));
        } finally {
            Uploads.drain(body);
        }
    }

    @POST
    @Path("inventories/{id}/submit")
    @Operation(summary = "Submit an inventory; a second submission is refused with a message")
    public Inventories.InventoryView submit(@PathParam("id") long id, @QueryParam("version") Long version) {
        // the access check answers before the version check, so that nothing is revealed about others' inventories
        return inventories.submit(id, version == null ? -1 : version);
    }

    @POST
    @Path("inventories/{id}/reopen")
    @Operation(summary = "Reopen a submitted inventory for correction (staff)")
    public Inventories.InventoryView reopen(@PathParam("id") long id, @QueryParam("version") Long version) {
        // the access check answers before the version check, so that nothing is revealed about others' inventories
        return inventories.reopen(id, version == null ? -1 : version);
    }

    static void requireParam(String name, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new BadRequestException("The query parameter \"" + name + "\" is required.");
        }
    }

    static byte[] bytes(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(50 * 1024 * 1024 + 1);
            if (bytes.length > 50 * 1024 * 1024) {
                throw new BadRequestException("The file is larger than 50 MB.");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadRequestException("The upload could not be read: " + e.getMessage());
        }
    }
}
