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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.Purchase;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Calculation runs: one run recalculates a whole reporting year from the submitted inventories, the product
 * footprints and the purchases, with the current factor versions and the reporting GWP set, and stores every figure
 * with its lineage. All or nothing: a line that cannot be calculated stops the run with its reason and nothing is
 * stored. Earlier runs are kept (the last ten per year), so that a recalculation shows before and after.
 */
@Stateless
public class EmissionRuns {

    static final int RUNS_KEPT = 10;
    private static final int ROWS_PER_INSERT = 250;

    public record RunSummary(long id, int year, String gwpSet, String reason, String startedBy, String startedAt, int resultCount,
                             BigDecimal totalKgCo2e, Long previousRunId, BigDecimal previousTotalKgCo2e) {
    }

    /** One figure before and after a recalculation. */
    public record Change(String line, String scope, BigDecimal beforeKg, BigDecimal afterKg, Long beforeFactorId, Long afterFactorId,
                         String beforeMethod, String afterMethod) {
    }

    public record Comparison(RunSummary before, RunSummary after, Map<String, BigDecimal[]> byScope, List<Change> changes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FactorLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, ADMIN})
    public RunSummary recompute(int year, String reason) {
        return run(year, reason == null || reason.isBlank() ? "recalculation" : reason.strip());
    }

    /** Runs on behalf of another service (an inventory submitted, a factor corrected). */
    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, ADMIN})
    public RunSummary recomputeAfter(int year, String reason) {
        return run(year, reason);
    }

    /** Years that have anything to calculate. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        return ((List<Number>) em.createNativeQuery("SELECT reporting_year FROM emission_inventory WHERE status = 'SUBMITTED'"
                + " UNION SELECT reporting_year FROM purchase_line ORDER BY 1 DESC").getResultList()).stream().map(Number::intValue).toList();
    }

    /**
     * Makes {@code code} the reporting GWP set and recalculates every year, returning each year's comparison so that
     * the difference the switch makes is visible.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    public List<Comparison> switchGwpSet(String code) {
        if (code == null || em.createNativeQuery("SELECT 1 FROM gwp_set WHERE code = ?1").setParameter(1, code).getResultList().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("gwpSet", "emissions.gwp.unknown", String.valueOf(code)));
        }
        String was = (String) em.createNativeQuery("SELECT code FROM gwp_set WHERE reporting").getResultStream().findFirst().orElse(null);
        em.createNativeQuery("UPDATE gwp_set SET reporting = FALSE WHERE reporting").executeUpdate();
        em.createNativeQuery("UPDATE gwp_set SET reporting = TRUE WHERE code = ?1").setParameter(1, code).executeUpdate();
        auditTrail.updated(Inventories.simple("ReportingGwpSet", "reporting", Map.of("gwpSet", code)), null,
                was == null ? Map.of() : Map.of("gwpSet", was));
        List<Comparison> comparisons = new ArrayList<>();
        for (int year : years()) {
            RunSummary run = run(year, "reporting GWP set switched from " + was + " to " + code);
            comparisons.add(compare(run.id()));
        }
        return comparisons;
    }

    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public java.util.Optional<RunSummary> latest(int year) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM emission_run WHERE reporting_year = ?1 AND finished_at IS NOT NULL"
                + " ORDER BY id DESC").setParameter(1, year).setMaxResults(1).getResultList()).stream().findFirst().map(id -> summary(id.longValue()));
    }

    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<RunSummary> history(int year) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM emission_run WHERE reporting_year = ?1 ORDER BY id DESC")
                .setParameter(1, year).getResultList()).stream().map(id -> summary(id.longValue())).toList();
    }

    /** Before and after: the run against the one before it, figure by figure, for the figures that changed. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public Comparison compare(long runId) {
        RunSummary after = summary(runId);
        RunSummary before = after.previousRunId() == null ? null : summary(after.previousRunId());
        Map<String, BigDecimal[]> byScope = new LinkedHashMap<>();
        String scopeKey = "perspective || ' scope ' || scope || COALESCE(' ' || scope2_basis, '') || COALESCE(' cat ' || scope3_category, '')";
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT " + scopeKey + ", run_id, sum(kg_co2e) FROM emission_result WHERE run_id IN (?1, ?2)"
                + " GROUP BY 1, 2 ORDER BY 1").setParameter(1, runId).setParameter(2, before == null ? -1L : before.id()).getResultList()) {
            BigDecimal[] pair = byScope.computeIfAbsent((String) r[0], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            pair[((Number) r[1]).longValue() == runId ? 1 : 0] = (BigDecimal) r[2];
        }
        List<Change> changes = new ArrayList<>();
        if (before != null) {
            String key = "COALESCE('activity ' || activity_line_id, 'purchase ' || purchase_line_id, 'inventory ' || inventory_id)";
            List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(a.k, b.k), COALESCE(a.s, b.s), b.kg, a.kg, b.factor_id, a.factor_id, b.method, a.method FROM"
                    + " (SELECT " + key + " k, " + scopeKey + " s, kg_co2e kg, factor_id, method FROM emission_result WHERE run_id = ?1) a FULL JOIN"
                    + " (SELECT " + key + " k, " + scopeKey + " s, kg_co2e kg, factor_id, method FROM emission_result WHERE run_id = ?2) b"
                    + " ON a.k = b.k AND a.s = b.s WHERE a.kg IS DISTINCT FROM b.kg OR a.factor_id IS DISTINCT FROM b.factor_id"
                    + " OR a.method IS DISTINCT FROM b.method ORDER BY abs(COALESCE(a.kg, 0) - COALESCE(b.kg, 0)) DESC")
                    .setParameter(1, runId).setParameter(2, before.id()).setMaxResults(500).getResultList();
            for (Object[] r : rows) {
                changes.add(new Change((String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3], r[4] == null ? null : ((Number) r[4]).longValue(),
                        r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7]));
            }
        }
        return new Comparison(before, after, byScope, changes);
    }

    // ---- the run ----------------------------------------------------------------------------------------------------

    private RunSummary run(int year, String reason) {
        FactorSnapshot factors = library.snapshot();
        EmissionCalculator calculator = new EmissionCalculator(factors, library.moneyConversion(), year);
        Connection connection = em.unwrap(Connection.class);
        List<FieldViolation> problems = new ArrayList<>();
        List<EmissionFigure> figures = new ArrayList<>();
        try {
            Map<Long, Inventory> inventories = inventories(connection, year);
            Map<Long, List<EmissionFigure>> bySupplier = new HashMap<>();
            for (Inventory inventory : inventories.values()) {
                if (inventory.verifiedTotals()) {
                    List<EmissionFigure> own = guarded(problems, () -> calculator.ofVerifiedTotals(inventory));
                    figures.addAll(own);
                    if (inventory.supplierId() != null) {
                        bySupplier.computeIfAbsent(inventory.supplierId(), k -> new ArrayList<>()).addAll(own);
                    }
                }
            }
            try (PreparedStatement lines = connection.prepareStatement("SELECT l.id, l.inventory_id, l.line_type, l.activity, l.quantity, l.unit,"
                    + " l.site_country, l.instrument, l.instrument_kg_per_kwh FROM activity_line l JOIN emission_inventory i ON i.id = l.inventory_id"
                    + " WHERE i.reporting_year = ? AND i.status = 'SUBMITTED' AND i.basis = 'ACTIVITY_DATA'")) {
                lines.setInt(1, year);
                lines.setFetchSize(5000);
                try (ResultSet r = lines.executeQuery()) {
                    while (r.next()) {
                        Inventory inventory = inventories.get(r.getLong(2));
                        Activity line = new Activity(r.getLong(1), r.getLong(2), LineType.valueOf(r.getString(3)), r.getString(4), r.getBigDecimal(5),
                                Unit.parse(r.getString(6)).orElseThrow(), r.getString(7).strip(), r.getString(8), r.getBigDecimal(9));
                        List<EmissionFigure> own = guarded(problems, () -> calculator.ofActivity(inventory, line));
                        figures.addAll(own);
                        if (inventory.supplierId() != null) {
                            bySupplier.computeIfAbsent(inventory.supplierId(), k -> new ArrayList<>()).addAll(own);
                        } else {
                            figures.addAll(guarded(problems, () -> calculator.upstreamOf(inventory, line)));
                        }
                    }
                }
            }
            Map<Long, SupplierTotals> totals = new HashMap<>();
            for (Inventory inventory : inventories.values()) {
                if (inventory.supplierId() != null) {
                    totals.put(inventory.supplierId(), EmissionCalculator.totals(inventory, bySupplier.getOrDefault(inventory.supplierId(), List.of())));
                }
            }
            Map<Long, List<Footprint>> footprints = footprints(connection);
            try (PreparedStatement purchases = connection.prepareStatement("SELECT p.id, p.scope3_category, p.supplier_id, s.country, p.item_code,"
                    + " p.spend_amount, p.spend_currency, p.quantity, p.unit, p.material_activity, p.spend_sector, p.allocation_basis"
                    + " FROM purchase_line p LEFT JOIN supplier s ON s.id = p.supplier_id WHERE p.reporting_year = ?")) {
                purchases.setInt(1, year);
                purchases.setFetchSize(5000);
                try (ResultSet r = purchases.executeQuery()) {
                    while (r.next()) {
                        Long supplierId = r.getObject(3) == null ? null : r.getLong(3);
                        Purchase p = new Purchase(r.getLong(1), year, r.getInt(2), supplierId, r.getString(4) == null ? null : r.getString(4).strip(),
                                r.getString(5), r.getBigDecimal(6), r.getString(7) == null ? null : r.getString(7).strip(), r.getBigDecimal(8),
                                r.getString(9) == null ? null : Unit.parse(r.getString(9)).orElseThrow(), r.getString(10), r.getString(11),
                                AllocationBasis.valueOf(r.getString(12)));
                        figures.addAll(guarded(problems, () -> List.of(calculator.ofPurchase(p,
                                supplierId == null ? List.of() : footprints.getOrDefault(supplierId, List.of()),
                                supplierId == null ? null : totals.get(supplierId)))));
                    }
                }
            }
            InvalidInputException.throwIfAny(problems.size() > 50 ? problems.subList(0, 50) : problems);
            RunSummary previous = latest(year).orElse(null);
            long runId = ((Number) em.createNativeQuery("SELECT nextval('emission_run_seq')").getSingleResult()).longValue();
            BigDecimal total = figures.stream().filter(EmissionCalculatorCounting::counted).map(EmissionFigure::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO emission_run (id, reporting_year, gwp_set, reason, started_by,"
                    + " started_at, finished_at, result_count, total_kg_co2e) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(clock.instant());
                insert.setLong(1, runId);
                insert.setInt(2, year);
                insert.setString(3, factors.reporting().code());
                insert.setString(4, reason);
                insert.setString(5, actor());
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.setInt(8, figures.size());
                insert.setBigDecimal(9, total);
                insert.executeUpdate();
            }
            insertFigures(connection, runId, factors.reporting().code(), figures);
            pruneOldRuns(connection, year);
            Map<String, String> after = new LinkedHashMap<>();
            after.put("year", String.valueOf(year));
            after.put("gwpSet", factors.reporting().code());
            after.put("totalKgCo2e", total.toPlainString());
            after.put("reason", reason);
            Map<String, String> before = previous == null ? Map.of() : Map.of("totalKgCo2e", previous.totalKgCo2e().toPlainString(),
                    "gwpSet", previous.gwpSet(), "year", String.valueOf(year));
            auditTrail.updated(Inventories.simple("EmissionTotals", String.valueOf(year), after), runId, before);
            return summary(runId);
        } catch (SQLException e) {
            throw new IllegalStateException("calculation run for " + year + " failed: " + e.getMessage(), e);
        }
    }

    /** The figures a run's total adds: everything the reporting company reports, not the suppliers' own inventories. */
    static final class EmissionCalculatorCounting {
        private EmissionCalculatorCounting() {
        }

        static boolean counted(EmissionFigure f) {
            return f.perspective() == EmissionFigure.Perspective.BUYER && !"LOCATION".equals(f.scope2Basis());
        }
    }

    private interface Calculation {
        List<EmissionFigure> get();
    }

    private static List<EmissionFigure> guarded(List<FieldViolation> problems, Calculation calculation) {
        try {
            return calculation.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.violations());
            return List.of();
        }
    }

    private static Map<Long, Inventory> inventories(Connection c, int year) throws SQLException {
        Map<Long, Inventory> map = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.supplier_id, i.basis, i.verified_scope1_t, i.verified_scope2_location_t,"
                + " i.verified_scope2_market_t, i.verifier, i.revenue_amount, i.revenue_currency, i.production_tonnes, s.country"
                + " FROM emission_inventory i LEFT JOIN supplier s ON s.id = i.supplier_id WHERE i.reporting_year = ? AND i.status = 'SUBMITTED'")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getLong(1), new Inventory(r.getLong(1), r.getObject(2) == null ? null : r.getLong(2), year,
                            "VERIFIED_TOTALS".equals(r.getString(3)), r.getBigDecimal(4), r.getBigDecimal(5), r.getBigDecimal(6), r.getString(7),
                            r.getBigDecimal(8), r.getString(9) == null ? null : r.getString(9).strip(), r.getBigDecimal(10),
                            r.getString(11) == null ? null : r.getString(11).strip()));
                }
            }
        }
        return map;
    }

    private static Map<Long, List<Footprint>> footprints(Connection c) throws SQLException {
        Map<Long, List<Footprint>> map = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, supplier_id, product_code, declared_unit, kg_co2e_per_unit, reference_year,"
                + " verified, standard, study_reference FROM product_footprint"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                map.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Footprint(r.getLong(1), r.getLong(2), r.getString(3),
                        Unit.parse(r.getString(4)).orElseThrow(), r.getBigDecimal(5), r.getInt(6), r.getBoolean(7), r.getString(8), r.getString(9)));
            }
        }
        return map;
    }

    private static final String RESULT_COLUMNS = "id, run_id, perspective, scope, scope2_basis, scope3_category, supplier_id, activity_line_id,"
            + " purchase_line_id, inventory_id, method, method_reason, quantity, unit, factor_id, factor_per_unit, gwp_set, allocation_basis,"
            + " allocation_share, kg_co2e, formula, dq_technology, dq_time, dq_geography, dq_completeness, dq_reliability, primary_data, country";
    private static final int RESULT_PARAMS = 28;

    /** Multi-row inserts of a few hundred figures each: one round trip per batch, whatever the pool's driver settings. */
    private static void insertFigures(Connection c, long runId, String gwp, List<EmissionFigure> figures) throws SQLException {
        long firstId;
        try (PreparedStatement ids = c.prepareStatement("SELECT nextval('emission_result_seq')"); ResultSet r = ids.executeQuery()) {
            r.next();
            firstId = r.getLong(1);
        }
        // The sequence moves by 1000; figures beyond the first thousand take ids from further blocks.
        long blocks = (figures.size() + 999) / 1000;
        if (blocks > 1) {
            try (PreparedStatement skip = c.prepareStatement("SELECT setval('emission_result_seq', nextval('emission_result_seq') + ?)")) {
                skip.setLong(1, (blocks - 1) * 1000 - 1000);
                skip.execute();
            }
        }
        String row = "(" + "?,".repeat(RESULT_PARAMS - 1) + "?)";
        for (int start = 0; start < figures.size(); start += ROWS_PER_INSERT) {
            List<EmissionFigure> chunk = figures.subList(start, Math.min(figures.size(), start + ROWS_PER_INSERT));
            String sql = "INSERT INTO emission_result (" + RESULT_COLUMNS + ") VALUES " + String.join(",", java.util.Collections.nCopies(chunk.size(), row));
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int p = 1;
                for (int i = 0; i < chunk.size(); i++) {
                    EmissionFigure f = chunk.get(i);
                    insert.setLong(p++, firstId + start + i);
                    insert.setLong(p++, runId);
                    insert.setString(p++, f.perspective().name());
                    insert.setInt(p++, f.scope());
                    insert.setString(p++, f.scope2Basis());
                    setInt(insert, p++, f.scope3Category());
                    setLong(insert, p++, f.supplierId());
                    setLong(insert, p++, f.activityLineId());
                    setLong(insert, p++, f.purchaseLineId());
                    setLong(insert, p++, f.inventoryId());
                    insert.setString(p++, f.method().name());
                    insert.setString(p++, f.methodReason());
                    insert.setBigDecimal(p++, f.quantity());
                    insert.setString(p++, f.unit());
                    setLong(insert, p++, f.factorId());
                    insert.setBigDecimal(p++, f.factorPerUnit());
                    insert.setString(p++, gwp);
                    insert.setString(p++, f.allocationBasis() == null ? null : f.allocationBasis().name());
                    insert.setBigDecimal(p++, f.allocationShare());
                    insert.setBigDecimal(p++, f.kgCo2e());
                    insert.setString(p++, f.formula());
                    insert.setInt(p++, f.quality().technology());
                    insert.setInt(p++, f.quality().time());
                    insert.setInt(p++, f.quality().geography());
                    insert.setInt(p++, f.quality().completeness());
                    insert.setInt(p++, f.quality().reliability());
                    insert.setBoolean(p++, f.method().primaryData());
                    insert.setString(p++, f.country());
                }
                insert.executeUpdate();
            }
        }
    }

    private static void pruneOldRuns(Connection c, int year) throws SQLException {
        try (PreparedStatement prune = c.prepareStatement("DELETE FROM emission_run WHERE reporting_year = ? AND id NOT IN"
                + " (SELECT id FROM emission_run WHERE reporting_year = ? ORDER BY id DESC LIMIT " + RUNS_KEPT + ")")) {
            prune.setInt(1, year);
            prune.setInt(2, year);
            prune.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    @SuppressWarnings("unchecked")
    private RunSummary summary(long runId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.reporting_year, r.gwp_set, r.reason, r.started_by, r.started_at, r.result_count,"
                + " r.total_kg_co2e, p.id, p.total_kg_co2e FROM emission_run r LEFT JOIN LATERAL (SELECT id, total_kg_co2e FROM emission_run q"
                + " WHERE q.reporting_year = r.reporting_year AND q.id < r.id ORDER BY q.id DESC LIMIT 1) p ON TRUE WHERE r.id = ?1")
                .setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            throw new org.supplieresg.shared.NotFoundException("calculation run", runId);
        }
        Object[] r = rows.get(0);
        return new RunSummary(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                String.valueOf(r[5]), r[6] == null ? 0 : ((Number) r[6]).intValue(), (BigDecimal) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (BigDecimal) r[9]);
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
