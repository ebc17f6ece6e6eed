package org.supplieresg.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.supplieresg.procurement.TierPolicy;

/**
 * Rescores the latest submitted assessment of every supplier in one streamed pass over the answers: rows arrive
 * ordered by assessment, each assessment is scored as soon as its last answer is read, and nothing but one
 * assessment's answers is held in memory. Plain JDBC, so that rescoring a whole supplier base costs little more than
 * reading its answers.
 */
public final class RescoringRun {

    /** One rescored assessment. */
    public record Result(long assessmentId, long supplierId, long catalogueVersionId, ScoreCard card) {
    }

    static final String ANSWERS = """
            SELECT a.id, a.supplier_id, c.catalogue_version_id, i.code, x.response_kind, x.yes_no, x.maturity_level,
                   x.kpi_value, x.validation, c.scope
            FROM answer x
            JOIN assessment a ON a.id = x.assessment_id
            JOIN campaign c ON c.id = a.campaign_id
            JOIN indicator i ON i.id = x.indicator_id
            WHERE a.id IN (SELECT DISTINCT ON (supplier_id) id FROM assessment WHERE status = 'SUBMITTED'
                           ORDER BY supplier_id, submitted_at DESC, id DESC)
            ORDER BY a.id""";

    private static final int FETCH_SIZE = 10_000;

    private RescoringRun() {
    }

    /** The query that both the rescoring and the benchmark's plain read run. */
    public static String answersQuery() {
        return ANSWERS;
    }

    /**
     * @param models the scoring model of each catalogue version, by catalogue_version id
     * @return how many assessments were scored
     */
    public static int run(Connection connection, Map<Long, ScoringModel> models, TierPolicy policy, Consumer<Result> sink)
            throws SQLException {
        int scored = 0;
        try (Cursor cursor = open(connection, models, policy)) {
            while (cursor.hasNext()) {
                sink.accept(cursor.next());
                scored++;
            }
        }
        return scored;
    }

    /**
     * The same pass, pulled one result at a time (the portfolio workbook writes each supplier's row as it comes).
     * Close it to end the connection's transaction.
     */
    public static Cursor open(Connection connection, Map<Long, ScoringModel> models, TierPolicy policy) throws SQLException {
        return new Cursor(connection, models, policy);
    }

    /** Results in assessment order; {@link SQLException}s surface as {@link IllegalStateException}s. */
    public static final class Cursor implements java.util.Iterator<Result>, AutoCloseable {
        private final Connection connection;
        private final boolean autoCommit;
        private final Map<Long, ScoringModel> models;
        private final TierPolicy policy;
        private final Map<Long, List<ScoreCard.Cap>> findings;
        private final PreparedStatement statement;
        private final ResultSet rs;
        private boolean pending; // rs is on a row not yet consumed
        private boolean exhausted;

        private Cursor(Connection connection, Map<Long, ScoringModel> models, TierPolicy policy) throws SQLException {
            this.connection = connection;
            this.models = models;
            this.policy = policy;
            this.autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            this.findings = OpenFindings.all(connection);
            this.statement = connection.prepareStatement(ANSWERS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            this.rs = statement.executeQuery();
            this.pending = rs.next();
            this.exhausted = !pending;
        }

        @Override
        public boolean hasNext() {
            return !exhausted;
        }

        @Override
        public Result next() {
            if (exhausted) {
                throw new java.util.NoSuchElementException();
            }
            try {
                long assessment = rs.getLong(1);
                long supplier = rs.getLong(2);
                long catalogue = rs.getLong(3);
                boolean core = "CORE".equals(rs.getString(10));
                Map<String, AnswerFacts> answers = new HashMap<>(256);
                do {
                    String code = rs.getString(4);
                    answers.put(code, new AnswerFacts(code, response(rs), validation(rs.getString(9))));
                    pending = rs.next();
                } while (pending && rs.getLong(1) == assessment);
                exhausted = !pending;
                return score(assessment, supplier, catalogue, core, answers, models, policy, findings.getOrDefault(supplier, List.of()));
            } catch (SQLException e) {
                throw new IllegalStateException("reading the answers failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                rs.close();
                statement.close();
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static Result score(long assessment, long supplier, long catalogue, boolean core, Map<String, AnswerFacts> answers,
                                Map<Long, ScoringModel> models, TierPolicy policy, List<ScoreCard.Cap> auditCaps) {
        ScoringModel model = models.get(catalogue);
        if (model == null) {
            throw new IllegalStateException("no scoring model for catalogue version id " + catalogue);
        }
        if (core) {
            model = model.coreOnly();
        }
        return new Result(assessment, supplier, catalogue, ScoringEngine.score(model, policy, answers, auditCaps));
    }

    private static Response response(ResultSet rs) throws SQLException {
        return switch (rs.getString(5)) {
            case "YES_NO" -> new Response.YesNo(rs.getBoolean(6));
            case "MATURITY" -> new Response.Maturity(rs.getInt(7));
            case "KPI" -> new Response.Kpi(rs.getBigDecimal(8));
            case "NOT_APPLICABLE" -> new Response.NotApplicable();
            default -> throw new IllegalStateException("unknown response kind " + rs.getString(5));
        };
    }

    private static Validation validation(String decision) {
        return switch (decision) {
            case "ACCEPTED" -> Validation.ACCEPTED;
            case "REJECTED" -> Validation.REJECTED;
            default -> Validation.PENDING; // PENDING and MORE_INFO score as self-declared
        };
    }
}
