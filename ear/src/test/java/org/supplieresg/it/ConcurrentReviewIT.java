package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lost updates (issue 10, point 2): eight reviewers decide the same answer at the same instant, each from the version
 * they saw. Exactly one decision is stored; every other reviewer is told that someone decided first (409 with what
 * changed); the stored decision, the answer's version and its audit trail all show that one decision and no other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentReviewIT {

    /** Hanse Kontor Logistik (Tier-1, active): used by no other integration test. */
    private static final long SUPPLIER = 35;
    private static final String CODE = "MGT-01";
    private static final int REVIEWERS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void ofEightReviewersDecidingTheSameAnswerAtOnceExactlyOneIsStoredAndTheOthersAreTold() throws Exception {
        long assessment = AssessmentFixtures.launchFor(SUPPLIER, "ConcurrentReviewIT");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(SUPPLIER), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of());
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        JsonNode before = answer(assessment);
        long version = before.get("answerVersion").asLong();
        assertThat(before.get("decision").asText()).isEqualTo("PENDING");

        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < REVIEWERS; i++) {
                Http reviewer = Http.basic(i % 2 == 0 ? "buyer" : "admin", "demo");
                Map<String, Object> decision = i % 2 == 0
                        ? Map.of("decision", "ACCEPTED", "version", version)
                        : Map.of("decision", "REJECTED", "reason", "Reviewer " + i + ": the policy is not signed", "version", version);
                replies.add(pool.submit(() -> {
                    go.await();
                    return reviewer.put("api/assessments/" + assessment + "/answers/" + CODE + "/decision", decision);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Http.Reply winner = null;
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get(2, TimeUnit.MINUTES);
                statuses.add(r.status());
                if (r.status() == 200) {
                    winner = r;
                } else {
                    assertThat(r.status()).as(r.text()).isEqualTo(409);
                    assertThat(r.json().get("detail").asText()).as("the loser is told why").isNotBlank();
                }
            }
            assertThat(statuses).as("one decision stored, the others refused").containsOnlyOnce(200).hasSize(REVIEWERS);

            JsonNode after = answer(assessment);
            String stored = after.get("decision").asText();
            assertThat(stored).isIn("ACCEPTED", "REJECTED");
            assertThat(winner.text()).contains(stored);
            assertThat(after.get("answerVersion").asLong()).as("one change, one new version").isEqualTo(version + 1);

            try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
                 PreparedStatement changes = db.prepareStatement("SELECT count(*), min(e.new_value) FROM audit_entry e JOIN answer a"
                         + " ON e.entity_type = 'Answer' AND e.entity_id = CAST(a.id AS VARCHAR) JOIN indicator i ON i.id = a.indicator_id"
                         + " WHERE a.assessment_id = ? AND i.code = ? AND e.field = 'decision' AND e.action = 'UPDATE'")) {
                changes.setLong(1, assessment);
                changes.setString(2, CODE);
                try (ResultSet rs = changes.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("the audit trail holds the one decision").isEqualTo(1);
                    assertThat(rs.getString(2)).isEqualTo(stored);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode answer(long assessment) {
        for (JsonNode row : Http.basic("buyer", "demo").get("api/assessments/" + assessment).json().get("answers")) {
            if (row.get("code").asText().equals(CODE)) {
                return row;
            }
        }
        throw new AssertionError(CODE + " not found");
    }
}
