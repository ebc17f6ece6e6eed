package org.supplieresg.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.supplieresg.dev.EmbeddedDatabase;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Band;
import org.supplieresg.scoring.DimensionRule;
import org.supplieresg.scoring.IndicatorRule;
import org.supplieresg.scoring.RescoringRun;
import org.supplieresg.scoring.ScoringModel;

/**
 * Rescoring 10,000 suppliers with 135 answers each, against a plain streamed JDBC read of the same 1.35 million rows,
 * on an embedded PostgreSQL with the real schema and catalogue. Prints its figures; not a test. Run (see README):
 * {@code mvn -q -DskipTests install && mvn -q -pl ear exec:java@rescoring-benchmark}
 */
public final class RescoringBenchmark {

    static final int SUPPLIERS = 10_000;
    private static final int RUNS = 3;

    private RescoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : "target/bench-pgdata");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 15434;
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port, false);
        try {
            database.migrateSchema();
            try (Connection connection = database.connect()) {
                long generation = System.nanoTime();
                generate(connection);
                System.out.printf("generated %,d suppliers and %,d answers in %.1f s%n", SUPPLIERS, count(connection, "answer"),
                        (System.nanoTime() - generation) / 1e9);
                Map<Long, ScoringModel> models = Map.of(1L, model(connection, 1L));
                TierPolicy policy = TierPolicy.defaults();

                plainRead(connection);
                rescore(connection, models, policy);
                long[] reads = new long[RUNS];
                long[] rescorings = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    reads[i] = plainRead(connection);
                    rescorings[i] = rescore(connection, models, policy);
                }
                Arrays.sort(reads);
                Arrays.sort(rescorings);
                double read = reads[RUNS / 2] / 1e6;
                double rescoring = rescorings[RUNS / 2] / 1e6;
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("plain streamed JDBC read of the answers: median %.0f ms (runs %s)%n", read, ms(reads));
                System.out.printf("rescoring every supplier:                median %.0f ms (runs %s)%n", rescoring, ms(rescorings));
                System.out.printf("ratio rescoring / read: %.2f (target <= 2.00); heap in use %d MB of %d MB%n",
                        rescoring / read, (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            }
        } finally {
            database.stop();
        }
    }

    private static String ms(long[] nanos) {
        return Arrays.stream(nanos).mapToObj(n -> String.format("%.0f", n / 1e6)).toList().toString();
    }

    private static long plainRead(Connection connection) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        long checksum = 0;
        try (PreparedStatement statement = connection.prepareStatement(RescoringRun.answersQuery(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    checksum += rs.getLong(1) + rs.getLong(2) + rs.getLong(3) + rs.getString(4).length() + rs.getString(5).length();
                    rs.getBoolean(6);
                    rs.getInt(7);
                    if (rs.getBigDecimal(8) != null) {
                        checksum++;
                    }
                    checksum += rs.getString(9).length();
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (checksum == 0) {
            throw new IllegalStateException("nothing read");
        }
        return System.nanoTime() - start;
    }

    private static long rescore(Connection connection, Map<Long, ScoringModel> models, TierPolicy policy) throws SQLException {
        long start = System.nanoTime();
        AtomicLong tiers = new AtomicLong();
        int scored = RescoringRun.run(connection, models, policy, result -> tiers.addAndGet(result.card().tier().ordinal()));
        if (scored != SUPPLIERS) {
            throw new IllegalStateException("scored " + scored + " assessments, expected " + SUPPLIERS);
        }
        return System.nanoTime() - start;
    }

    /** The benchmark suppliers, generated once per database (the application benchmarks reuse them between runs). */
    static void generateUnlessThere(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*) FROM supplier WHERE id > 100000")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        long start = System.nanoTime();
        generate(connection);
        System.out.printf("generated %,d suppliers with %,d answers in %.1f s%n", SUPPLIERS, SUPPLIERS * 135L, (System.nanoTime() - start) / 1e9);
    }

    /** Suppliers, one campaign, a submitted assessment each and an answer to every indicator, mostly accepted. */
    static void generate(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO supplier (id, legal_name, country, industry_scheme, industry_code, spend_category,"
                    + " annual_spend_amount, annual_spend_currency, chain_tier, status)"
                    + " SELECT 100000 + g, 'Benchmark supplier ' || g, 'CN', 'NAICS', '325180', 'CATHODE_MATERIALS',"
                    + " 1000000 + g, 'CNY', 'TIER_1', 'ACTIVE' FROM generate_series(1, " + SUPPLIERS + ") g");
            sql.execute("INSERT INTO campaign (id, name, catalogue_version_id, deadline, status, selection, created_by, created_at)"
                    + " SELECT 100000, 'Benchmark', id, current_date + 30, 'OPEN', 'all', 'bench', now()"
                    + " FROM catalogue_version WHERE status = 'PUBLISHED'");
            sql.execute("INSERT INTO assessment (id, campaign_id, supplier_id, status, submitted_at, submitted_by)"
                    + " SELECT 100000 + g, 100000, 100000 + g, 'SUBMITTED', now(), 'bench' FROM generate_series(1, " + SUPPLIERS + ") g");
            sql.execute("INSERT INTO answer (id, assessment_id, indicator_id, response_kind, yes_no, maturity_level, kpi_value,"
                    + " answered_by, answered_at, validation, validation_reason)"
                    + " SELECT 100000 + row_number() OVER (), aid, iid,"
                    + "  CASE t WHEN 'YES_NO' THEN 'YES_NO' WHEN 'MATURITY' THEN 'MATURITY' ELSE 'KPI' END,"
                    + "  CASE WHEN t = 'YES_NO' THEN r1 > 0.15 END,"
                    + "  CASE WHEN t = 'MATURITY' THEN floor(r1 * 5)::int END,"
                    + "  CASE WHEN t IN ('NUMERIC', 'CALCULATED') THEN round((r1 * 100)::numeric, 2) END,"
                    + "  'bench', now(),"
                    + "  CASE WHEN r2 < 0.7 THEN 'ACCEPTED' WHEN r2 < 0.95 THEN 'PENDING' ELSE 'REJECTED' END,"
                    + "  CASE WHEN r2 >= 0.95 THEN 'benchmark rejection' END"
                    + " FROM (SELECT a.id aid, i.id iid, i.answer_type t, random() r1, random() r2"
                    + "       FROM assessment a CROSS JOIN indicator i"
                    + "       JOIN campaign c ON c.id = a.campaign_id"
                    + "       WHERE a.campaign_id = 100000 AND i.catalogue_version_id = c.catalogue_version_id) s");
            sql.execute("ANALYZE");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The scoring model of a catalogue version, read with JDBC (the application reads it with JPA). */
    private static ScoringModel model(Connection connection, long catalogueVersionId) throws SQLException {
        List<DimensionRule> dimensions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT code, weight_percent, max_not_applicable FROM dimension WHERE catalogue_version_id = ? ORDER BY position")) {
            ps.setLong(1, catalogueVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dimensions.add(new DimensionRule(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)));
                }
            }
        }
        Map<Long, List<Band>> bands = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT b.indicator_id, b.lower_bound, b.upper_bound, b.points_percent"
                + " FROM indicator_band b JOIN indicator i ON i.id = b.indicator_id WHERE i.catalogue_version_id = ? ORDER BY b.indicator_id, b.position")) {
            ps.setLong(1, catalogueVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bands.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Band(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }
            }
        }
        List<IndicatorRule> indicators = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT i.id, i.code, d.code, i.answer_type, i.max_points,"
                + " i.not_applicable_allowed, i.red_flag FROM indicator i JOIN dimension d ON d.id = i.dimension_id"
                + " WHERE i.catalogue_version_id = ? ORDER BY d.position, i.position")) {
            ps.setLong(1, catalogueVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indicators.add(new IndicatorRule(rs.getString(2), rs.getString(3), AnswerType.valueOf(rs.getString(4)),
                            rs.getBigDecimal(5), rs.getBoolean(6), rs.getBoolean(7), bands.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return new ScoringModel(dimensions, indicators);
    }
}
