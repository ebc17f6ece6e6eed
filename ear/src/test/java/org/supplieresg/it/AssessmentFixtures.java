package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Campaigns, supplier logins and complete sets of answers for the tests, made through the API. */
final class AssessmentFixtures {

    static final String PASSWORD = "long-enough-password";

    private AssessmentFixtures() {
    }

    /** Launches a campaign for one supplier and returns the id of its assessment. */
    static long launchFor(long supplierId, String name) {
        Http.Reply launched = Http.basic("buyer", "demo").post("api/campaigns", Map.of("name", name + " " + System.nanoTime(),
                "deadline", LocalDate.now().plusDays(30).toString(), "supplierIds", List.of(supplierId)));
        assertThat(launched.status()).as(launched.text()).isEqualTo(201);
        JsonNode assessments = launched.json().get("assessments");
        assertThat(assessments.size()).isEqualTo(1);
        assertThat(assessments.get(0).get("answered").asInt()).isZero();
        return assessments.get(0).get("id").asLong();
    }

    /** Creates a supplier user for a company and returns its username (password {@link #PASSWORD}). */
    static String supplierUser(long companyId) {
        String username = "company" + companyId + "-" + System.nanoTime() % 100_000;
        assertThat(Http.basic("admin", "demo").post("api/users", Map.of("username", username, "displayName", "Supplier user",
                "password", PASSWORD, "roles", List.of("SUPPLIER"), "companyId", companyId)).status()).isEqualTo(201);
        return username;
    }

    static Map<String, JsonNode> catalogue() {
        Map<String, JsonNode> byCode = new HashMap<>();
        Http.basic("buyer", "demo").get("api/indicators").json().forEach(i -> byCode.put(i.get("code").asText(), i));
        return byCode;
    }

    /** The best answer an indicator takes: yes, level 4, or a value in its best band. */
    static Map<String, Object> bestAnswer(JsonNode indicator) {
        switch (indicator.get("answerType").asText()) {
            case "YES_NO":
                return Map.of("yes", true);
            case "MATURITY":
                return Map.of("maturityLevel", 4);
            default:
                JsonNode best = null;
                for (JsonNode band : indicator.get("bands")) {
                    if (best == null || band.get("pointsPercent").decimalValue().compareTo(best.get("pointsPercent").decimalValue()) > 0) {
                        best = band;
                    }
                }
                BigDecimal value = best.hasNonNull("lower") ? best.get("lower").decimalValue() : best.get("upper").decimalValue().subtract(BigDecimal.ONE);
                return Map.of("value", value);
        }
    }

    /** Answers every answerable indicator not answered yet: the best answer, unless {@code overrides} says otherwise. */
    static void answerTheRest(Http supplier, long assessmentId, Map<String, Object> overrides) {
        Map<String, JsonNode> catalogue = catalogue();
        for (JsonNode row : supplier.get("api/assessments/" + assessmentId).json().get("answers")) {
            String code = row.get("code").asText();
            if (row.get("answerType").asText().equals("CALCULATED") || row.hasNonNull("answerVersion")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) overrides.getOrDefault(code, bestAnswer(catalogue.get(code)));
            Http.Reply saved = supplier.put("api/assessments/" + assessmentId + "/answers/" + code, answer);
            assertThat(saved.status()).as(code + ": " + saved.text()).isEqualTo(200);
        }
    }

    /** The reviewer accepts every answer not decided yet. */
    static void acceptTheRest(Http reviewer, long assessmentId) {
        for (JsonNode row : reviewer.get("api/assessments/" + assessmentId).json().get("answers")) {
            if (row.hasNonNull("answerVersion") && "PENDING".equals(row.path("decision").asText())) {
                Http.Reply decided = reviewer.put("api/assessments/" + assessmentId + "/answers/" + row.get("code").asText() + "/decision",
                        Map.of("decision", "ACCEPTED", "version", row.get("answerVersion").asLong()));
                assertThat(decided.status()).as(decided.text()).isEqualTo(200);
            }
        }
    }

    /**
     * A whole round for one supplier: a campaign for it alone, every answer the best unless {@code overrides} says
     * otherwise, submitted, every answer accepted, scored. Returns the score the buyer got back.
     */
    static JsonNode scoreRound(long supplierId, String campaignName, Map<String, Object> overrides) {
        long assessment = launchFor(supplierId, campaignName);
        Http supplier = Http.basic(supplierUser(supplierId), PASSWORD);
        answerTheRest(supplier, assessment, overrides);
        Http.Reply submitted = supplier.post("api/assessments/" + assessment + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Http buyer = Http.basic("buyer", "demo");
        acceptTheRest(buyer, assessment);
        Http.Reply score = buyer.post("api/assessments/" + assessment + "/score", "{}");
        assertThat(score.status()).as(score.text()).isEqualTo(200);
        return score.json();
    }
}
