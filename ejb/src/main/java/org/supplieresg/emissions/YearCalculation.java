package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.Purchase;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * One calculation run of a reporting year over plain JDBC, in the caller's transaction: reads the factor library, the
 * submitted inventories (streamed), footprints and purchases, calculates every figure, and writes the run and its
 * figures in multi-row inserts. All or nothing: if any line cannot be calculated, the first 50 problems are thrown
 * before anything is written. Plain Java so that the container service and the benchmark run the same code.
 */
public final class YearCalculation {

    static final int RUNS_KEPT = 10;
    private static final int ROWS_PER_INSERT = 250;
    private static final int MAX_PROBLEMS = 50;

    /** What a run wrote. */
    public record Outcome(long runId, String gwpSet, int figureCount, BigDecimal totalKgCo2e) {
    }

    private YearCalculation() {
    }

    public static Outcome run(Connection connection, int year, String reason, String actor, Instant now) throws SQLException {
        FactorSnapshot factors = snapshot(connection);
        EmissionCalculator calculator = new EmissionCalculator(factors, moneyConversion(connection), year);
        List<FieldViolation> problems = new ArrayList<>();
        List<EmissionFigure> figures = new ArrayList<>();
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
                    Purchase p = new Purchase(r.getLong(1), year, r.getInt(2), supplierId, strip(r.getString(4)), r.getString(5), r.getBigDecimal(6),
                            strip(r.getString(7)), r.getBigDecimal(8), r.getString(9) == null ? null : Unit.parse(r.getString(9)).orElseThrow(),
                            r.getString(10), r.getString(11), AllocationBasis.valueOf(r.getString(12)));
                    figures.addAll(guarded(problems, () -> List.of(calculator.ofPurchase(p,
                            supplierId == null ? List.of() : footprints.getOrDefault(supplierId, List.of()),
                            supplierId == null ? null : totals.get(supplierId)))));
                }
            }
        }
        InvalidInputException.throwIfAny(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        BigDecimal total = figures.stream().filter(YearCalculation::counted).map(EmissionFigure::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        long runId;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('emission_run_seq')"); ResultSet r = next.executeQuery()) {
            r.next();
            runId = r.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO emission_run (id, reporting_year, gwp_set, reason, started_by,"
                + " started_at, finished_at, result_count, total_kg_co2e) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, runId);
            insert.setInt(2, year);
            insert.setString(3, factors.reporting().code());
            insert.setString(4, reason);
            insert.setString(5, actor);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setInt(8, figures.size());
            insert.setBigDecimal(9, total);
            insert.executeUpdate();
        }
        insertFigures(connection, runId, factors.reporting().code(), figures);
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM emission_run WHERE reporting_year = ? AND id NOT IN"
                + " (SELECT id FROM emission_run WHERE reporting_year = ? ORDER BY id DESC LIMIT " + RUNS_KEPT + ")")) {
            prune.setInt(1, year);
            prune.setInt(2, year);
            prune.executeUpdate();
        }
        return new Outcome(runId, factors.reporting().code(), figures.size(), total);
    }

    /** The figures a run's total adds: everything the reporting company reports, Scope 2 market-based only. */
    static boolean counted(EmissionFigure f) {
        return f.perspective() == EmissionFigure.Perspective.BUYER && !"LOCATION".equals(f.scope2Basis());
    }

    // ---- reading the library ----------------------------------------------------------------------------------------

    /** Every factor's current version, indexed, under the reporting GWP set. */
    public static FactorSnapshot snapshot(Connection c) throws SQLException {
        List<EmissionFactor> current = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + FactorLibrary.COLUMNS + FactorLibrary.FROM + " WHERE" + FactorLibrary.CURRENT);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object[] row = new Object[27];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                current.add(FactorLibrary.factor(row));
            }
        }
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT activity, upstream_activity FROM factor_upstream"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pairs.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT gwp_set, gas, gwp100 FROM gwp_value"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getBigDecimal(3).stripTrailingZeros());
            }
        }
        List<GwpSet> sets = new ArrayList<>();
        String reporting = null;
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, source, reporting FROM gwp_set ORDER BY code"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sets.add(new GwpSet(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4), values.getOrDefault(r.getString(1), Map.of())));
                if (r.getBoolean(4)) {
                    reporting = r.getString(1);
                }
            }
        }
        return new FactorSnapshot(current, FactorSnapshot.pairs(pairs), sets, reporting == null ? "AR6" : reporting);
    }

    /** The annual exchange rates and the US CPI-U that spend-based figures need. */
    public static MoneyConversion moneyConversion(Connection c) throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT currency, year, units_per_usd FROM exchange_rate_annual"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rates.put(MoneyConversion.rateKey(r.getString(1).strip(), r.getInt(2)), r.getBigDecimal(3));
            }
        }
        Map<Integer, BigDecimal> cpi = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, value FROM price_index WHERE index_code = 'US-CPI-U'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                cpi.put(r.getInt(1), r.getBigDecimal(2));
            }
        }
        return new MoneyConversion(rates, cpi);
    }

    // ---- reading the year's data --------------------------------------------------------------------------------

    private interface Calculation {
        List<EmissionFigure> get();
    }

    private static List<EmissionFigure> guarded(List<FieldViolation> problems, Calculation calculation) {
        try {
            return calculation.get();
        } catch (InvalidInputException e) {
            if (problems.size() <= MAX_PROBLEMS) {
                problems.addAll(e.violations());
            }
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
                            r.getBigDecimal(8), strip(r.getString(9)), r.getBigDecimal(10), strip(r.getString(11))));
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

    // ---- writing ----------------------------------------------------------------------------------------------------

    private static final String RESULT_COLUMNS = "run_id, perspective, scope, scope2_basis, scope3_category, supplier_id, activity_line_id,"
            + " purchase_line_id, inventory_id, method, method_reason, quantity, unit, factor_id, factor_per_unit, gwp_set, allocation_basis,"
            + " allocation_share, kg_co2e, formula, dq_technology, dq_time, dq_geography, dq_completeness, dq_reliability, primary_data, country";
    private static final int RESULT_PARAMS = 27;

    /** Multi-row inserts of a few hundred figures each: one round trip per batch, whatever the pool's driver settings. */
    private static void insertFigures(Connection c, long runId, String gwp, List<EmissionFigure> figures) throws SQLException {
        String row = "(" + "?,".repeat(RESULT_PARAMS - 1) + "?)";
        String fullSql = null;
        PreparedStatement full = null;
        try {
            for (int start = 0; start < figures.size(); start += ROWS_PER_INSERT) {
                List<EmissionFigure> chunk = figures.subList(start, Math.min(figures.size(), start + ROWS_PER_INSERT));
                boolean isFull = chunk.size() == ROWS_PER_INSERT;
                String sql = "INSERT INTO emission_result (" + RESULT_COLUMNS + ") VALUES " + String.join(",", java.util.Collections.nCopies(chunk.size(), row));
                PreparedStatement insert;
                if (isFull) {
                    if (full == null) {
                        fullSql = sql;
                        full = c.prepareStatement(fullSql);
                    }
                    insert = full;
                } else {
                    insert = c.prepareStatement(sql);
                }
                try {
                    int p = 1;
                    for (EmissionFigure f : chunk) {
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
                } finally {
                    if (!isFull) {
                        insert.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
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

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
