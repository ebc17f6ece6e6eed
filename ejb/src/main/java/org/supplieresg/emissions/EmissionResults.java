package org.supplieresg.emissions;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.NotFoundException;

/**
 * What the latest calculation run of a year says: the reporting company's Scope 1, 2 and 3, Scope 3 by category and
 * method, data quality, the share resting on supplier data, hotspots; a supplier's own figures; and the lineage of
 * any figure back to its line, factor version and source.
 */
@Stateless
public class EmissionResults {

    /** One figure as listed. */
    public record Figure(long id, String perspective, int scope, String scope2Basis, Integer scope3Category, Long supplierId, String supplierName,
                         String method, BigDecimal kgCo2e, BigDecimal quantity, String unit, String factorKey, Integer factorVersion,
                         BigDecimal dataQuality, boolean primaryData, String formula, Long activityLineId, Long purchaseLineId) {
    }

    public record Share(String key, String label, BigDecimal kgCo2e, BigDecimal percent) {
    }

    public record Summary(int year, Long runId, String gwpSet, String calculatedAt, BigDecimal scope1Kg, BigDecimal scope2LocationKg,
                          BigDecimal scope2MarketKg, BigDecimal scope3Kg, List<Share> scope3ByCategory, List<Share> scope3ByMethod,
                          DataQuality.Summary scope3Quality, BigDecimal primaryDataPercent, List<Share> hotspotsBySupplier,
                          List<Share> hotspotsByCountry, int figureCount) {
    }

    /** A supplier's own inventory figures for a year. */
    public record SupplierFigures(long supplierId, int year, Long runId, BigDecimal scope1Kg, BigDecimal scope2LocationKg,
                                  BigDecimal scope2MarketKg, BigDecimal inputsKg, List<Figure> figures) {
    }

    /** Everything behind one figure. */
    public record Lineage(Figure figure, String methodReason, String allocationBasis, BigDecimal allocationShare, String gwpSet,
                          DataQuality quality, Map<String, String> source, EmissionFactor factor, String factorCitation, long runId,
                          String runReason, String calculatedAt, String calculatedBy) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    EmissionRuns runs;

    @Inject
    FactorLibrary library;

    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public Summary summary(int year) {
        Optional<EmissionRuns.RunSummary> run = runs.latest(year);
        if (run.isEmpty()) {
            return new Summary(year, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(),
                    null, null, List.of(), List.of(), 0);
        }
        long id = run.get().id();
        String current = EmissionRuns.asOf("", year, id);
        String currentR = EmissionRuns.asOf("r.", year, id);
        BigDecimal s1 = sum("perspective = 'BUYER' AND scope = 1", current);
        BigDecimal s2l = sum("perspective = 'BUYER' AND scope = 2 AND scope2_basis = 'LOCATION'", current);
        BigDecimal s2m = sum("perspective = 'BUYER' AND scope = 2 AND scope2_basis = 'MARKET'", current);
        BigDecimal s3 = sum("perspective = 'BUYER' AND scope = 3", current);
        List<Share> byCategory = shares("SELECT 'cat' || scope3_category, 'Category ' || scope3_category, sum(kg_co2e) FROM emission_result"
                + " WHERE " + current + " AND perspective = 'BUYER' AND scope = 3 GROUP BY scope3_category ORDER BY 3 DESC", s3);
        List<Share> byMethod = shares("SELECT method, method, sum(kg_co2e) FROM emission_result WHERE " + current + " AND perspective = 'BUYER'"
                + " AND scope = 3 GROUP BY method ORDER BY 3 DESC", s3);
        List<Share> bySupplier = shares("SELECT CAST(r.supplier_id AS VARCHAR), COALESCE(s.legal_name, 'no supplier'), sum(r.kg_co2e)"
                + " FROM emission_result r LEFT JOIN supplier s ON s.id = r.supplier_id WHERE " + currentR + " AND r.perspective = 'BUYER'"
                + " AND r.scope = 3 GROUP BY r.supplier_id, s.legal_name ORDER BY 3 DESC LIMIT 10", s3);
        List<Share> byCountry = shares("SELECT COALESCE(country, '--'), COALESCE(country, 'unknown'), sum(kg_co2e) FROM emission_result"
                + " WHERE " + current + " AND perspective = 'BUYER' AND scope = 3 GROUP BY country ORDER BY 3 DESC LIMIT 10", s3);
        List<DataQuality.Weighted> weighted = ((List<Object[]>) em.createNativeQuery("SELECT kg_co2e, dq_technology, dq_time, dq_geography,"
                + " dq_completeness, dq_reliability FROM emission_result WHERE " + current + " AND perspective = 'BUYER' AND scope = 3")
                .getResultList()).stream().map(r -> new DataQuality.Weighted((BigDecimal) r[0], new DataQuality(
                        ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue()))).toList();
        BigDecimal primary = sum("perspective = 'BUYER' AND scope = 3 AND primary_data", current);
        return new Summary(year, id, run.get().gwpSet(), run.get().startedAt(), s1, s2l, s2m, s3, byCategory, byMethod,
                DataQuality.emissionWeighted(weighted), percent(primary, s3), bySupplier, byCountry, run.get().resultCount());
    }

    /** The reporting company's figures of a year, biggest first, optionally of one scope. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    public List<Figure> figures(int year, Integer scope, int limit) {
        return figures(year, EmissionFigure.Perspective.BUYER, scope, limit);
    }

    /** The figures of a year from one perspective: the reporting company's, or its suppliers' own inventories. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    public List<Figure> figures(int year, EmissionFigure.Perspective perspective, Integer scope, int limit) {
        return figures(year, perspective, scope, null, null, limit);
    }

    /**
     * As {@link #figures(int, EmissionFigure.Perspective, Integer, int)}, narrowed to a Scope 3 category and to a band of
     * the mean data-quality score ("1-2" ... "4-5", as the disclosure groups them): what a dashboard chart drills into.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    public List<Figure> figures(int year, EmissionFigure.Perspective perspective, Integer scope, Integer category, String qualityBand, int limit) {
        StringBuilder narrower = new StringBuilder();
        if (scope != null) {
            narrower.append(" AND r.scope = ").append(scope.intValue());
        }
        if (category != null) {
            narrower.append(" AND r.scope3_category = ").append(category.intValue());
        }
        int band = qualityBand == null ? -1 : QUALITY_BANDS.indexOf(qualityBand);
        if (band >= 0) {
            String mean = "(r.dq_technology + r.dq_time + r.dq_geography + r.dq_completeness + r.dq_reliability) / 5.0";
            narrower.append(band == 0 ? "" : " AND " + mean + " >= " + (band + 1)).append(band == 3 ? "" : " AND " + mean + " < " + (band + 2));
        }
        return runs.latest(year).map(run -> figures(EmissionRuns.asOf("r.", year, run.id()) + " AND r.perspective = '" + perspective.name() + "'"
                + narrower, limit)).orElse(List.of());
    }

    /** Bands of the mean of a figure's five data-quality scores, 1 best: the disclosure's grouping. */
    public static final List<String> QUALITY_BANDS = List.of("1-2", "2-3", "3-4", "4-5");

    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    public SupplierFigures ofSupplier(long supplierId, int year) {
        currentUser.requireAccessTo(supplierId);
        Optional<EmissionRuns.RunSummary> run = runs.latest(year);
        if (run.isEmpty()) {
            return new SupplierFigures(supplierId, year, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        }
        long id = run.get().id();
        String current = EmissionRuns.asOf("", year, id);
        String own = "perspective = 'SUPPLIER' AND supplier_id = " + supplierId;
        return new SupplierFigures(supplierId, year, id, sum(own + " AND scope = 1", current), sum(own + " AND scope = 2 AND scope2_basis = 'LOCATION'", current),
                sum(own + " AND scope = 2 AND scope2_basis = 'MARKET'", current), sum(own + " AND scope = 3", current),
                figures(EmissionRuns.asOf("r.", year, id) + " AND r.perspective = 'SUPPLIER' AND r.supplier_id = " + supplierId, 1000));
    }

    /** The lineage of one figure; a supplier reaches only figures of its own inventory. */
    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public Lineage lineage(long figureId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.method_reason, r.allocation_basis, r.allocation_share, r.gwp_set, r.dq_technology,"
                + " r.dq_time, r.dq_geography, r.dq_completeness, r.dq_reliability, r.activity_line_id, r.purchase_line_id, r.inventory_id,"
                + " r.factor_id, r.run_id, n.reason, n.started_at, n.started_by, r.perspective, r.supplier_id FROM emission_result r"
                + " JOIN emission_run n ON n.id = r.run_id WHERE r.id = ?1").setParameter(1, figureId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("emission figure", figureId);
        }
        Object[] r = rows.get(0);
        Long supplierId = r[18] == null ? null : ((Number) r[18]).longValue();
        if (currentUser.isSupplierUser() && (!"SUPPLIER".equals(r[17]) || supplierId == null
                || currentUser.companyId().filter(c -> c.equals(supplierId)).isEmpty())) {
            throw new NotFoundException("emission figure", figureId);
        }
        Figure figure = figures("r.id = " + figureId, 1).get(0);
        Map<String, String> source = new LinkedHashMap<>();
        if (r[9] != null) {
            ((List<Object[]>) em.createNativeQuery("SELECT l.line_type, l.activity, l.description, l.quantity, l.unit, l.site_country, l.instrument,"
                    + " l.instrument_kg_per_kwh, l.entered_by, l.entered_at, l.import_batch, l.flag_reason, i.reporting_year, i.submitted_by, i.submitted_at"
                    + " FROM activity_line l JOIN emission_inventory i ON i.id = l.inventory_id WHERE l.id = ?1").setParameter(1, ((Number) r[9]).longValue())
                    .getResultList()).forEach(a -> {
                        source.put("record", "activity line " + r[9]);
                        source.put("type", (String) a[0]);
                        source.put("activity", (String) a[1]);
                        source.put("description", (String) a[2]);
                        source.put("quantity", ((BigDecimal) a[3]).stripTrailingZeros().toPlainString() + " " + a[4]);
                        source.put("siteCountry", ((String) a[5]).strip());
                        source.put("instrument", a[6] == null ? null : a[6] + " at " + ((BigDecimal) a[7]).stripTrailingZeros().toPlainString() + " kg CO2e/kWh");
                        source.put("enteredBy", (String) a[8]);
                        source.put("enteredAt", Times.text(a[9]));
                        source.put("importBatch", (String) a[10]);
                        source.put("flaggedForReview", (String) a[11]);
                        source.put("inventory", "reporting year " + a[12] + ", submitted by " + a[13] + " at " + Times.text(a[14]));
                    });
        } else if (r[10] != null) {
            ((List<Object[]>) em.createNativeQuery("SELECT scope3_category, item_code, description, spend_amount, spend_currency, quantity, unit,"
                    + " material_activity, spend_sector, entered_by, entered_at, import_batch FROM purchase_line WHERE id = ?1")
                    .setParameter(1, ((Number) r[10]).longValue()).getResultList()).forEach(p -> {
                        source.put("record", "purchase line " + r[10]);
                        source.put("category", String.valueOf(p[0]));
                        source.put("item", (String) p[1]);
                        source.put("description", (String) p[2]);
                        source.put("spend", p[3] == null ? null : ((BigDecimal) p[3]).toPlainString() + " " + ((String) p[4]).strip());
                        source.put("quantity", p[5] == null ? null : ((BigDecimal) p[5]).stripTrailingZeros().toPlainString() + " " + p[6]);
                        source.put("material", (String) p[7]);
                        source.put("sector", (String) p[8]);
                        source.put("enteredBy", (String) p[9]);
                        source.put("enteredAt", Times.text(p[10]));
                        source.put("importBatch", (String) p[11]);
                    });
        }
        if (r[11] != null && !source.containsKey("inventory")) {
            ((List<Object[]>) em.createNativeQuery("SELECT reporting_year, basis, verifier, verification_evidence_id, submitted_by, submitted_at"
                    + " FROM emission_inventory WHERE id = ?1").setParameter(1, ((Number) r[11]).longValue()).getResultList()).forEach(i -> {
                        source.put("inventory", "inventory " + r[11] + " of " + i[0] + " (" + i[1] + "), submitted by " + i[4] + " at " + Times.text(i[5]));
                        if (i[2] != null) {
                            source.put("verifier", (String) i[2]);
                            source.put("verificationStatement", "evidence " + i[3]);
                        }
                    });
        }
        EmissionFactor factor = r[12] == null ? null : library.byId(((Number) r[12]).longValue());
        return new Lineage(figure, (String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3], new DataQuality(((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue()), source,
                factor, factor == null ? null : factor.citation(), ((Number) r[13]).longValue(), (String) r[14], Times.text(r[15]), (String) r[16]);
    }

    @SuppressWarnings("unchecked")
    private List<Figure> figures(String where, int limit) {
        return ((List<Object[]>) em.createNativeQuery("SELECT r.id, r.perspective, r.scope, r.scope2_basis, r.scope3_category, r.supplier_id,"
                + " s.legal_name, r.method, r.kg_co2e, r.quantity, r.unit, f.factor_key, f.version, (r.dq_technology + r.dq_time + r.dq_geography"
                + " + r.dq_completeness + r.dq_reliability) / 5.0, r.primary_data, r.formula, r.activity_line_id, r.purchase_line_id FROM emission_result r LEFT JOIN supplier s ON s.id = r.supplier_id"
                + " LEFT JOIN emission_factor f ON f.id = r.factor_id WHERE " + where + " ORDER BY r.kg_co2e DESC, r.id")
                .setMaxResults(Math.max(1, Math.min(limit, 5000))).getResultList()).stream()
                .map(r -> new Figure(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6],
                        (String) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (String) r[10], (String) r[11], r[12] == null ? null : ((Number) r[12]).intValue(),
                        new BigDecimal(r[13].toString()).setScale(2, RoundingMode.HALF_EVEN), (Boolean) r[14], (String) r[15],
                        r[16] == null ? null : ((Number) r[16]).longValue(), r[17] == null ? null : ((Number) r[17]).longValue())).toList();
    }

    private BigDecimal sum(String where, String current) {
        Object value = em.createNativeQuery("SELECT COALESCE(sum(kg_co2e), 0) FROM emission_result WHERE " + current + " AND " + where)
                .getSingleResult();
        return (BigDecimal) value;
    }

    @SuppressWarnings("unchecked")
    private List<Share> shares(String sql, BigDecimal total) {
        List<Share> shares = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
            shares.add(new Share(String.valueOf(r[0]), (String) r[1], (BigDecimal) r[2], percent((BigDecimal) r[2], total)));
        }
        return shares;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN);
    }
}
