package org.supplieresg.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.supplieresg.dev.EmbeddedDatabase;
import org.supplieresg.emissions.YearCalculation;

/**
 * Recalculating a reporting year (issue 7, point 11): {@link YearCalculation#run} over 100,000 activity lines of 1,000
 * suppliers plus 4,000 purchases, against a plain streamed JDBC read of the same activity lines, on an embedded
 * PostgreSQL with the real schema and factor library. Each recalculation runs in a transaction of its own that is rolled
 * back afterwards (not timed), so that every run sees the same data and writes into the same empty result table.
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
    private static final int RUNS = 3;
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
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                long generation = System.nanoTime();
                generate(connection);
                long lines = count(connection, "SELECT count(*) FROM activity_line");
                long purchases = count(connection, "SELECT count(*) FROM purchase_line WHERE reporting_year = " + YEAR);
                long expected = count(connection, "SELECT count(*) + count(*) FILTER (WHERE line_type = 'ELECTRICITY') FROM activity_line") + purchases;
                System.out.printf("generated %,d suppliers with an inventory each, %,d activity lines and %,d purchases for %d in %.1f s%n",
                        SUPPLIERS, lines, purchases, YEAR, (System.nanoTime() - generation) / 1e9);

                streamedRead(connection);
                Map<String, Long> methods = new LinkedHashMap<>();
                YearCalculation.Outcome outcome = recalculate(connection, expected, methods);
                System.out.println("figures by method (warm-up run): " + methods);
                long[] reads = new long[RUNS];
                long[] recalculations = new long[RUNS];
                long[] timing = new long[2];
                for (int i = 0; i < RUNS; i++) {
                    reads[i] = streamedRead(connection);
                    outcome = recalculate(connection, expected, null, timing);
                    recalculations[i] = timing[0];
                }
                Arrays.sort(reads);
                Arrays.sort(recalculations);
                double read = reads[RUNS / 2] / 1e6;
                double recalculation = recalculations[RUNS / 2] / 1e6;
                double ratio = recalculation / read;
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("activity lines: %,d; figures written per run: %,d (the run's total %s t CO2e, GWP set %s)%n", lines, outcome.figureCount(),
                        outcome.totalKgCo2e().movePointLeft(3).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString(), outcome.gwpSet());
                System.out.printf("plain streamed JDBC read of the activity lines: median %.0f ms (runs %s)%n", read, ms(reads));
                System.out.printf("recalculating %d (YearCalculation.run):       median %.0f ms (runs %s)%n", YEAR, recalculation, ms(recalculations));
                System.out.printf("ratio recalculation / read: %.2f (target <= 2.00)%s; heap in use %d MB of %d MB%n", ratio,
                        ratio > 2 ? " -- ABOVE THE TARGET" : "", (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
                profile(connection, expected, read);
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

    private static YearCalculation.Outcome recalculate(Connection connection, long expected, Map<String, Long> methods) throws SQLException {
        return recalculate(connection, expected, methods, new long[2]);
    }

    /**
     * One run of the year in a transaction of its own, timed around {@link YearCalculation#run} only, then rolled back
     * (and the result tables vacuumed) so that the next run starts from the same data. {@code nanos} receives the time
     * the run took and when it started.
     */
    private static YearCalculation.Outcome recalculate(Connection connection, long expected, Map<String, Long> methods, long[] nanos)
            throws SQLException {
        connection.setAutoCommit(false);
        YearCalculation.Outcome outcome;
        try {
            long start = System.nanoTime();
            outcome = YearCalculation.run(connection, YEAR, "benchmark", "bench", Instant.now());
            nanos[0] = System.nanoTime() - start;
            nanos[1] = start;
            if (outcome.figureCount() != expected) {
                throw new IllegalStateException("wrote " + outcome.figureCount() + " figures, expected " + expected);
            }
            if (methods != null) {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT method, count(*) FROM emission_result WHERE run_id = ? GROUP BY method ORDER BY count(*) DESC")) {
                    s.setLong(1, outcome.runId());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            methods.put(r.getString(1), r.getLong(2));
                        }
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("VACUUM emission_result");
            sql.execute("VACUUM emission_run");
        }
        return outcome;
    }

    // ---- rough profile ----------------------------------------------------------------------------------------------

    /** The phases of a run, in the order {@link #traced} measures them. */
    private static final String[] PHASES = {
        "the whole run (traced)",
        "factor library, GWP sets, exchange rates and CPI read",
        "inventories read",
        "activity lines read and calculated (+ supplier totals)",
        "footprints and purchases read and calculated (+ total)",
        "run row written",
        "figures written (multi-row INSERTs of 250)",
        "  of it inside executeUpdate (driver and server)",
        "runs beyond 10 pruned",
        "everything before the first write (read + calculate)",
        "CPU of the PostgreSQL backend during the run",
        "CPU of the benchmark thread during the run",
    };

    /**
     * Three more runs through a connection that notes when each statement is prepared, which splits a run into its
     * phases without touching its code; prints the median of each phase.
     */
    private static void profile(Connection connection, long expected, double readMillis) throws SQLException {
        long[][] runs = new long[RUNS][];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = traced(connection, expected);
        }
        System.out.printf("profile, median of %d more runs traced statement by statement (ms):%n", RUNS);
        long[] wholes = Arrays.stream(runs).mapToLong(r -> r[0]).sorted().toArray();
        for (int phase = 0; phase < PHASES.length; phase++) {
            long[] values = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                values[i] = runs[i][phase];
            }
            Arrays.sort(values);
            String median = values[RUNS / 2] < 0 ? "n/a" : String.format("%.0f", values[RUNS / 2] / 1e6);
            String share = phase == 0 || values[RUNS / 2] < 0 ? "" : String.format(" (%2.0f %%)", 100.0 * values[RUNS / 2] / wholes[RUNS / 2]);
            System.out.printf("  %-56s %6s%s%n", PHASES[phase], median, phase == 9
                    ? String.format(" = %.1f x the median read", values[RUNS / 2] / 1e6 / readMillis) : share);
        }
    }

    /** One run through a tracing connection: the nanoseconds of each of {@link #PHASES}. */
    private static long[] traced(Connection connection, long expected) throws SQLException {
        List<Object[]> events = new ArrayList<>();
        long[] insideExecute = new long[1];
        long backend = count(connection, "SELECT pg_backend_pid()");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = {processCpuMillis(backend), threads.getCurrentThreadCpuTime(), 0, 0};
        Connection traced = (Connection) Proxy.newProxyInstance(EmissionsBenchmark.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("rollback") && cpu[3] == 0) {
                        cpu[2] = processCpuMillis(backend);
                        cpu[3] = threads.getCurrentThreadCpuTime();
                    }
                    Object result = invoke(connection, method, arguments);
                    if (method.getName().equals("prepareStatement") && arguments != null && arguments[0] instanceof String sql) {
                        events.add(new Object[] {sql, System.nanoTime()});
                        if (sql.startsWith("INSERT INTO emission_result")) {
                            PreparedStatement statement = (PreparedStatement) result;
                            InvocationHandler timed = (p, m, a) -> {
                                if (!m.getName().equals("executeUpdate")) {
                                    return invoke(statement, m, a);
                                }
                                long start = System.nanoTime();
                                Object value = invoke(statement, m, a);
                                insideExecute[0] += System.nanoTime() - start;
                                return value;
                            };
                            return Proxy.newProxyInstance(EmissionsBenchmark.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, timed);
                        }
                    }
                    return result;
                });
        long[] total = new long[2];
        recalculate(traced, expected, null, total);
        long start = total[1];
        long end = start + total[0];
        long library = at(events, "SELECT i.id, i.supplier_id");
        long lines = at(events, "SELECT l.id");
        long purchases = at(events, "SELECT id, supplier_id, product_code");
        long runRow = at(events, "SELECT nextval('emission_run_seq')");
        long figures = at(events, "INSERT INTO emission_result");
        long prune = at(events, "DELETE FROM emission_run");
        return new long[] {total[0], library - start, lines - library, purchases - lines, runRow - purchases, figures - runRow, prune - figures,
            insideExecute[0], end - prune, runRow - start, cpu[0] < 0 || cpu[2] < 0 ? -1 : (cpu[2] - cpu[0]) * 1_000_000, cpu[3] - cpu[1]};
    }

    /** User and system CPU of a local process from /proc (Linux, 100 ticks a second); -1 where there is no /proc. */
    private static long processCpuMillis(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long at(List<Object[]> events, String prefix) {
        return events.stream().filter(e -> ((String) e[0]).startsWith(prefix)).mapToLong(e -> (Long) e[1]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no statement " + prefix));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---- data -------------------------------------------------------------------------------------------------------

    /**
     * 1,000 suppliers (80 % CN, 10 % GB, 10 % US), each with a submitted activity-data inventory for 2024 of 100 lines:
     * 30 % natural gas (kWh), 15 % diesel (L), 35 % grid electricity (kWh; one electricity line in seven with a
     * renewable-energy certificate at 0 kg/kWh), 5 % refrigerant leaked (HFC-134a, R-410A), 15 % purchased material
     * (aluminium, average plastics, in t). Purchases of 2024: spend-based (NAICS 335911, USD, no supplier), hybrid
     * (a supplier with inputs, spend in USD) and road freight (t.km). Quantities vary deterministically.
     */
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
