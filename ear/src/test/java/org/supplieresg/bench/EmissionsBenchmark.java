package org.supplieresg.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.dev.EmbeddedDatabase;
import org.supplieresg.emissions.YearCalculation;

/**
 * Recalculating a reporting year (issue 7, point 11): {@link YearCalculation#run} over 100,000 activity lines of 1,000
 * suppliers plus 4,000 purchases, against a plain streamed JDBC read of the same activity lines, on an embedded
 * PostgreSQL with the real schema and factor library. Each run is committed and timed with its commit. The first run writes
 * every figure; a recalculation recalculates every line but rewrites only the groups whose figures changed, so the
 * benchmark also times one after a single line changed and one after a factor correction that reaches every supplier.
 * Prints its figures; not a test. Run (see README):
 * {@code mvn -q -o -pl ear test-compile && mvn -q -o -pl ear exec:java@emissions-benchmark}
 */
public final class EmissionsBenchmark {

    static final int YEAR = 2024;
    static final int SUPPLIERS = 1_000;
    static final int LINES = 100_000;
    static final int SPEND_PURCHASES = 2_000;
    static final int HYBRID_PURCHASES = 1_000;
    static final int FREIGHT_PURCHASES = 1_000;
    private static final int RUNS = 15;
    private static final int WARM_UP = 3;
    /** As the application server's default managed executor would: a thread per core. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
            Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors()), r -> {
                Thread thread = new Thread(r, "calculation");
                thread.setDaemon(true);
                return thread;
            });
    private static final long SUPPLIER_BASE = 900_000;
    private static final long INVENTORY_BASE = 9_000_000;
    private static final long LINE_BASE = 10_000_000;
    private static final long PURCHASE_BASE = 20_000_000;

    /** The query of {@link YearCalculation#run} that reads the activity lines, copied word for word. */
    static final String LINES_QUERY = "SELECT l.id, l.inventory_id, l.line_type, l.activity, l.quantity, l.unit,"
            + " l.site_country, l.instrument, l.instrument_kg_per_kwh FROM activity_line l JOIN emission_inventory i ON i.id = l.inventory_id"
            + " WHERE i.reporting_year = ? AND i.status = 'SUBMITTED' AND i.basis = 'ACTIVITY_DATA'";

    private EmissionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : "target/bench-emissions-pgdata");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 15435;
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port, false);
        try {
            database.migrateSchema();
            try (Connection connection = database.connect()) {
                long generation = System.nanoTime();
                generate(connection);
                long lines = count(connection, "SELECT count(*) FROM activity_line");
                long purchases = count(connection, "SELECT count(*) FROM purchase_line WHERE reporting_year = " + YEAR);
                long expected = count(connection, "SELECT count(*) + count(*) FILTER (WHERE line_type = 'ELECTRICITY') FROM activity_line") + purchases;
                System.out.printf("generated %,d suppliers with an inventory each, %,d activity lines and %,d purchases for %d in %.1f s%n",
                        SUPPLIERS, lines, purchases, YEAR, (System.nanoTime() - generation) / 1e9);

                streamedRead(connection);
                Map<String, Long> methods = new LinkedHashMap<>();
                long[] timing = new long[1];
                YearCalculation.Outcome first = recalculate(connection, expected, methods, timing, "first calculation");
                System.out.printf("first calculation of %d: %,d figures written in %.0f ms (total %s t CO2e, GWP set %s); by method %s%n", YEAR,
                        first.figuresWritten(), timing[0] / 1e6, first.totalKgCo2e().movePointLeft(3).setScale(0, java.math.RoundingMode.HALF_EVEN)
                                .toPlainString(), first.gwpSet(), methods);

                for (int i = 0; i < WARM_UP; i++) { // let the JIT compile both sides before measuring
                    streamedRead(connection);
                    recalculate(connection, expected, null, timing, "warm-up");
                }
                long[] reads = new long[RUNS];
                long[] recalculations = new long[RUNS];
                int written = 0;
                for (int i = 0; i < RUNS; i++) {
                    reads[i] = streamedRead(connection);
                    written += recalculate(connection, expected, null, timing, "recalculation").figuresWritten();
                    recalculations[i] = timing[0];
                }
                Arrays.sort(reads);
                Arrays.sort(recalculations);
                double read = reads[RUNS / 2] / 1e6;
                double recalculation = recalculations[RUNS / 2] / 1e6;
                double ratio = recalculation / read;
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("plain streamed JDBC read of the %,d activity lines: median %.0f ms (runs %s)%n", lines, read, ms(reads));
                System.out.printf("recalculating %d again (every line recalculated, %d figures rewritten): median %.0f ms (runs %s)%n", YEAR,
                        written / RUNS, recalculation, ms(recalculations));
                System.out.printf("ratio recalculation / read: %.2f (target <= 2.00)%s; heap in use %d MB of %d MB%n", ratio,
                        ratio > 2 ? " -- ABOVE THE TARGET" : "", (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);

                // One supplier corrects one line: only its inventory's figures (and the purchases from it) are rewritten.
                try (Statement sql = connection.createStatement()) {
                    sql.executeUpdate("UPDATE activity_line SET quantity = quantity + 1 WHERE id = " + (LINE_BASE + 1));
                }
                YearCalculation.Outcome one = recalculate(connection, expected, null, timing, "one line corrected");
                System.out.printf("after one supplier's line changed: %,d figures rewritten in %.0f ms (%.2f x the read)%n",
                        one.figuresWritten(), timing[0] / 1e6, timing[0] / 1e6 / read);
                // A correction of the diesel factor reaches every supplier: every group is rewritten.
                try (Statement sql = connection.createStatement()) {
                    sql.executeUpdate("INSERT INTO emission_factor (id, factor_key, version, source_id, source_table, kind, name_en, name_zh,"
                            + " activity_unit, kg_co2e, co2e_of_co2, co2e_of_ch4, co2e_of_n2o, co2e_of_other, ch4_origin, gwp_set, region, data_year,"
                            + " valid_from, valid_to, price_year, sector_code, boundary, note, correction_of, correction_reason, created_by)"
                            + " SELECT 990000, factor_key, version + 1, source_id, source_table, kind, name_en, name_zh, activity_unit, kg_co2e + 0.001,"
                            + " co2e_of_co2 + 0.001, co2e_of_ch4, co2e_of_n2o, co2e_of_other, ch4_origin, gwp_set, region, data_year, valid_from,"
                            + " valid_to, price_year, sector_code, boundary, note, id, 'benchmark', 'bench' FROM emission_factor"
                            + " WHERE factor_key = 'DESNZ-2024/fuel/diesel-average-biofuel-blend/L' AND version = 1");
                }
                YearCalculation.Outcome all = recalculate(connection, expected, null, timing, "diesel factor corrected");
                System.out.printf("after a correction of the diesel factor (used by every supplier): %,d figures rewritten in %.0f ms (%.2f x the read)%n",
                        all.figuresWritten(), timing[0] / 1e6, timing[0] / 1e6 / read);
            }
        } finally {
            database.stop();
        }
    }

    private static String ms(long[] nanos) {
        return Arrays.stream(nanos).mapToObj(n -> String.format("%.0f", n / 1e6)).toList().toString();
    }

    /** The lines query of the calculation, every column into a local variable, nothing else. */
    static long streamedRead(Connection connection) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        long checksum = 0;
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(LINES_QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setInt(1, YEAR);
            statement.setFetchSize(5000);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    long inventoryId = r.getLong(2);
                    String type = r.getString(3);
                    String activity = r.getString(4);
                    BigDecimal quantity = r.getBigDecimal(5);
                    String unit = r.getString(6);
                    String country = r.getString(7);
                    String instrument = r.getString(8);
                    BigDecimal rate = r.getBigDecimal(9);
                    checksum += id + inventoryId + type.length() + activity.length() + quantity.signum() + unit.length() + country.length()
                            + (instrument == null ? 0 : 1) + (rate == null ? 0 : 1);
                    rows++;
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (rows != LINES || checksum == 0) {
            throw new IllegalStateException("read " + rows + " lines, expected " + LINES);
        }
        return System.nanoTime() - start;
    }

    /** One run of the year in a transaction of its own, committed; {@code nanos[0]} receives the time the run took. */
    private static YearCalculation.Outcome recalculate(Connection connection, long expected, Map<String, Long> methods, long[] nanos,
                                                       String reason) throws SQLException {
        connection.setAutoCommit(false);
        YearCalculation.Outcome outcome;
        try {
            long start = System.nanoTime();
            outcome = Boolean.getBoolean("bench.sequential") ? YearCalculation.run(connection, YEAR, reason, "bench", Instant.now())
                    : YearCalculation.run(connection, YEAR, reason, "bench", Instant.now(), POOL);
            connection.commit();
            nanos[0] = System.nanoTime() - start;
            if (outcome.figureCount() != expected) {
                throw new IllegalStateException("calculated " + outcome.figureCount() + " figures, expected " + expected);
            }
            if (methods != null) {
                try (PreparedStatement s = connection.prepareStatement("SELECT method, count(*) FROM emission_result WHERE superseded_run_id IS NULL"
                        + " AND reporting_year = ? GROUP BY method ORDER BY count(*) DESC")) {
                    s.setInt(1, YEAR);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            methods.put(r.getString(1), r.getLong(2));
                        }
                    }
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return outcome;
    }

    static void generate(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO supplier (id, legal_name, country, industry_scheme, industry_code, spend_category,"
                    + " annual_spend_amount, annual_spend_currency, chain_tier, status)"
                    + " SELECT " + SUPPLIER_BASE + " + g, 'Emissions benchmark supplier ' || g,"
                    + "  CASE g % 10 WHEN 0 THEN 'GB' WHEN 1 THEN 'US' ELSE 'CN' END, 'NAICS', '335911', 'CATHODE_MATERIALS',"
                    + "  1000000 + g, 'USD', 'TIER_1', 'ACTIVE' FROM generate_series(1, " + SUPPLIERS + ") g");
            sql.execute("INSERT INTO emission_inventory (id, supplier_id, reporting_year, basis, status, revenue_amount, revenue_currency,"
                    + " production_tonnes, created_by, created_at, submitted_by, submitted_at)"
                    + " SELECT " + INVENTORY_BASE + " + g, " + SUPPLIER_BASE + " + g, " + YEAR + ", 'ACTIVITY_DATA', 'SUBMITTED',"
                    + "  50000000 + g * 10000, 'USD', 20000 + g * 7, 'bench', now(), 'bench', now() FROM generate_series(1, " + SUPPLIERS + ") g");
            // Line g belongs to supplier (g - 1) % 1000 + 1 and is its line number j = (g - 1) / 1000; j % 20 picks the type.
            sql.execute("INSERT INTO activity_line (id, inventory_id, line_type, activity, description, quantity, unit, site_country,"
                    + " instrument, instrument_kg_per_kwh, entered_by, entered_at)"
                    + " SELECT " + LINE_BASE + " + g, " + INVENTORY_BASE + " + s, t.line_type, t.activity, 'Benchmark line ' || g,"
                    + "  round((t.base + h * t.step)::numeric, 3), t.unit, c.country, t.instrument, t.rate, 'bench', now()"
                    + " FROM (SELECT g, (g - 1) % " + SUPPLIERS + " + 1 AS s, ((g - 1) / " + SUPPLIERS + ") % 20 AS k,"
                    + "        ((g - 1) / " + SUPPLIERS + " / 20) % 2 AS alt, (g * 7919) % 10007 AS h"
                    + "       FROM generate_series(1, " + LINES + ") g) x"
                    + " JOIN supplier c ON c.id = " + SUPPLIER_BASE + " + x.s"
                    + " CROSS JOIN LATERAL (SELECT * FROM (VALUES"
                    + "   ('FUEL', 'fuel/natural-gas', 'kWh', 50000.0, 97.3, NULL, NULL::numeric),"
                    + "   ('FUEL', 'fuel/diesel-average-biofuel-blend', 'L', 1000.0, 3.7, NULL, NULL::numeric),"
                    + "   ('ELECTRICITY', 'grid', 'kWh', 100000.0, 511.9, NULL, NULL::numeric),"
                    + "   ('ELECTRICITY', 'grid', 'kWh', 100000.0, 511.9, 'EAC_CERTIFICATE', 0::numeric),"
                    + "   ('REFRIGERANT', CASE WHEN x.alt = 0 THEN 'HFC-134a' ELSE 'R-410A' END, 'kg', 1.0, 0.001, NULL, NULL::numeric),"
                    + "   ('INPUT', CASE WHEN x.k = 17 THEN 'material/aluminium' ELSE 'material/plastics-average' END, 't', 10.0, 0.11, NULL, NULL::numeric)"
                    + "  ) v(line_type, activity, unit, base, step, instrument, rate)"
                    + "  WHERE v.line_type || coalesce(v.instrument, '') || v.unit = CASE"
                    + "    WHEN x.k < 6 THEN 'FUELkWh' WHEN x.k < 9 THEN 'FUELL' WHEN x.k < 15 THEN 'ELECTRICITYkWh'"
                    + "    WHEN x.k = 15 THEN 'ELECTRICITYEAC_CERTIFICATEkWh' WHEN x.k = 16 THEN 'REFRIGERANTkg' ELSE 'INPUTt' END) t");
            sql.execute("INSERT INTO purchase_line (id, reporting_year, scope3_category, supplier_id, description, spend_amount, spend_currency,"
                    + " quantity, unit, material_activity, spend_sector, allocation_basis, entered_by, entered_at)"
                    + " SELECT " + PURCHASE_BASE + " + g, " + YEAR + ", 1, NULL, 'Benchmark spend ' || g, 1000 + (g * 7919) % 10007 * 10, 'USD',"
                    + "  NULL, NULL, NULL, '335911', 'ECONOMIC', 'bench', now() FROM generate_series(1, " + SPEND_PURCHASES + ") g");
            sql.execute("INSERT INTO purchase_line (id, reporting_year, scope3_category, supplier_id, description, spend_amount, spend_currency,"
                    + " quantity, unit, material_activity, spend_sector, allocation_basis, entered_by, entered_at)"
                    + " SELECT " + PURCHASE_BASE + " + " + SPEND_PURCHASES + " + g, " + YEAR + ", 1, " + SUPPLIER_BASE + " + (g - 1) % " + SUPPLIERS + " + 1,"
                    + "  'Benchmark cathode material ' || g, 10000 + (g * 7919) % 10007, 'USD', NULL, NULL, NULL, '335911', 'ECONOMIC', 'bench', now()"
                    + " FROM generate_series(1, " + HYBRID_PURCHASES + ") g");
            sql.execute("INSERT INTO purchase_line (id, reporting_year, scope3_category, supplier_id, description, spend_amount, spend_currency,"
                    + " quantity, unit, material_activity, spend_sector, allocation_basis, entered_by, entered_at)"
                    + " SELECT " + PURCHASE_BASE + " + " + (SPEND_PURCHASES + HYBRID_PURCHASES) + " + g, " + YEAR + ", 4, "
                    + SUPPLIER_BASE + " + (g - 1) % " + SUPPLIERS + " + 1, 'Benchmark inbound road freight ' || g, NULL, NULL,"
                    + "  1000 + (g * 7919) % 10007, 't.km', 'freight/hgv-all-diesel-average-laden', NULL, 'ECONOMIC', 'bench', now()"
                    + " FROM generate_series(1, " + FREIGHT_PURCHASES + ") g");
            sql.execute("ANALYZE");
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
