package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaign to tier on PostgreSQL: the buyer launches a campaign, the supplier answers and submits, the buyer reviews
 * and scores, and the tier and sourcing status follow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentFlowIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");





    @Test
    void theSupplierAnswersAndSubmitsTheBuyerReviewsAndTheTierFollows() {
        long assessment = AssessmentFixtures.launchFor(1, "Cathode suppliers 2026");
        Http supplier = Http.basic("supplier", "demo");
        assertThat(supplier.get("api/suppliers/1/assessments").text()).contains("\"id\":" + assessment);
        assertThat(Http.basic("supplier2", "demo").get("api/assessments/" + assessment).status()).as("another company's").isEqualTo(404);

        Http.Reply early = supplier.post("api/assessments/" + assessment + "/submit", "{}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").size()).as("every unanswered indicator is listed").isGreaterThan(100);

        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of());
        JsonNode submitted = supplier.post("api/assessments/" + assessment + "/submit", "{}").json();
        assertThat(submitted.get("assessment").get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode progress = buyer.get("api/campaigns/" + submitted.get("assessment").get("campaignId").asLong()).json()
                .get("assessments").get(0);
        assertThat(progress.get("answered").asInt()).as("the campaign shows the same progress as the questionnaire")
                .isEqualTo(submitted.get("assessment").get("answered").asInt()).isEqualTo(progress.get("answerable").asInt());
        assertThat(progress.get("toRevise").asInt()).isZero();
        Http.Reply locked = supplier.put("api/assessments/" + assessment + "/answers/MGT-01", Map.of("yes", false));
        assertThat(locked.status()).isEqualTo(400);
        assertThat(locked.json().get("errors").get(0).get("message").asText()).contains("locked");

        // Before review every answer is self-declared and earns half: the total is about 50.
        JsonNode selfDeclared = buyer.post("api/assessments/" + assessment + "/score", "{}").json();
        assertThat(selfDeclared.get("total").decimalValue()).isBetween(new BigDecimal("49"), new BigDecimal("50.01"));

        AssessmentFixtures.acceptTheRest(buyer, assessment);
        JsonNode card = buyer.post("api/assessments/" + assessment + "/score", "{}").json();
        assertThat(card.get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(card.get("tier").asText()).isEqualTo("A");

        JsonNode stored = buyer.get("api/suppliers/1/score").json();
        assertThat(stored.get("tier").asText()).isEqualTo("A");
        assertThat(stored.get("dimensions").size()).isEqualTo(9);
        assertThat(supplier.get("api/suppliers/1/score").status()).as("a supplier reads its own score").isEqualTo(200);
        JsonNode sourcing = buyer.get("api/suppliers/1/sourcing-status").json();
        assertThat(sourcing.get("sourcingStatus").asText()).isEqualTo("PREFERRED");
    }

    @Test
    void aConfirmedRedFlagBlocksTheSupplier() {
        long assessment = AssessmentFixtures.launchFor(2, "Separators 2026");
        Http supplier2 = Http.basic("supplier2", "demo");
        String redFlag = null;
        for (JsonNode i : buyer.get("api/indicators").json()) {
            if (i.get("redFlag").asBoolean() && i.get("answerType").asText().equals("YES_NO")) {
                redFlag = i.get("code").asText();
                break;
            }
        }
        assertThat(redFlag).isNotNull();
        AssessmentFixtures.answerTheRest(supplier2, assessment, Map.of(redFlag, Map.of("yes", false)));
        assertThat(supplier2.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);

        JsonNode unconfirmed = buyer.post("api/assessments/" + assessment + "/score", "{}").json();
        assertThat(unconfirmed.get("warnings").toString()).contains(redFlag);
        assertThat(unconfirmed.get("caps").size()).isZero();

        long version = answerVersion(assessment, redFlag);
        assertThat(buyer.put("api/assessments/" + assessment + "/answers/" + redFlag + "/decision",
                Map.of("decision", "REJECTED", "version", version)).status()).as("a rejection needs a reason").isEqualTo(400);
        assertThat(buyer.put("api/assessments/" + assessment + "/answers/" + redFlag + "/decision",
                Map.of("decision", "ACCEPTED", "version", version)).status()).isEqualTo(200);
        Http.Reply stale = Http.basic("admin", "demo").put("api/assessments/" + assessment + "/answers/" + redFlag + "/decision",
                Map.of("decision", "MORE_INFO", "reason", "Send the age records", "version", version));
        assertThat(stale.status()).as("the second reviewer is told").isEqualTo(409);
        assertThat(stale.json().get("changes").toString()).contains("ACCEPTED").contains("buyer");

        JsonNode card = buyer.post("api/assessments/" + assessment + "/score", "{}").json();
        assertThat(card.get("tier").asText()).isEqualTo("D");
        assertThat(card.get("caps").get(0).get("kind").asText()).isEqualTo("RED_FLAG");
        assertThat(card.get("caps").get(0).get("source").asText()).isEqualTo(redFlag);
        assertThat(buyer.get("api/suppliers/2/sourcing-status").json().get("sourcingStatus").asText()).isEqualTo("BLOCKED");
    }

    @Test
    void aCampaignSelectsSuppliersByRiskThroughTheirCurrentTier() {
        String deadline = java.time.LocalDate.now().plusDays(30).toString();
        Http.Reply unassessed = buyer.post("api/campaigns", Map.of("name", "Not yet assessed " + System.nanoTime(), "deadline", deadline,
                "currentTiers", List.of("NOT_ASSESSED"), "supplierIds", List.of(11, 12)));
        assertThat(unassessed.status()).as(unassessed.text()).isEqualTo(201);
        assertThat(unassessed.json().get("assessments").size()).isEqualTo(2);
        assertThat(unassessed.json().get("selection").asText()).contains("current tier [NOT_ASSESSED]");

        Http.Reply preferred = buyer.post("api/campaigns", Map.of("name", "Tier A only " + System.nanoTime(), "deadline", deadline,
                "currentTiers", List.of("A"), "supplierIds", List.of(11, 12)));
        assertThat(preferred.status()).isEqualTo(400);
        assertThat(preferred.json().get("errors").get(0).get("message").asText())
                .isEqualTo("No active or onboarding supplier matches this selection.");

        Http.Reply unknown = buyer.post("api/campaigns", Map.of("name", "Unknown tier", "deadline", deadline,
                "currentTiers", List.of("E")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Unknown current tier [E]: use A, B, C, D or NOT_ASSESSED.");
    }

    @Test
    void answersOutsideWhatTheIndicatorTakesAreRefused() {
        long assessment = AssessmentFixtures.launchFor(3, "Bad input");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(3), AssessmentFixtures.PASSWORD);
        Map<String, String> typeOf = new HashMap<>();
        Map<String, Boolean> naAllowed = new HashMap<>();
        buyer.get("api/indicators").json().forEach(i -> {
            typeOf.put(i.get("code").asText(), i.get("answerType").asText());
            naAllowed.put(i.get("code").asText(), i.get("notApplicableAllowed").asBoolean());
        });
        String maturity = typeOf.entrySet().stream().filter(e -> e.getValue().equals("MATURITY")).findFirst().orElseThrow().getKey();
        String noNa = naAllowed.entrySet().stream().filter(e -> !e.getValue()).findFirst().orElseThrow().getKey();
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/" + maturity, Map.of("maturityLevel", 7)).status()).isEqualTo(400);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/" + maturity, Map.of("yes", true)).status()).isEqualTo(400);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/" + maturity, Map.of("yes", true, "maturityLevel", 2)).status()).isEqualTo(400);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/" + noNa, Map.of("notApplicable", true)).status()).isEqualTo(400);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/XXX-99", Map.of("yes", true)).status()).isEqualTo(400);
        String percentKpi = AssessmentFixtures.catalogue().values().stream()
                .filter(i -> i.get("answerType").asText().equals("NUMERIC") && "%".equals(i.path("unit").asText()))
                .findFirst().orElseThrow().get("code").asText();
        Http.Reply wrongUnit = supplier.put("api/assessments/" + assessment + "/answers/" + percentKpi, Map.of("value", 0.4, "unit", "ratio"));
        assertThat(wrongUnit.status()).isEqualTo(400);
        assertThat(wrongUnit.json().get("errors").get(0).get("message").asText()).contains("\"ratio\"").contains("%");
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/" + percentKpi, Map.of("value", 140)).status())
                .as("a percentage above 100").isEqualTo(400);
        assertThat(buyer.get("api/assessments/" + assessment).json().get("assessment").get("answered").asInt()).as("nothing saved").isZero();
    }

    @Test
    void allocationProposalsLeaveOutBlockedAndUnassessedSuppliersAndAccountForAllDemand() {
        // Supplier 4 (cathode materials) gets a perfect, accepted questionnaire: tier A.
        long assessment = AssessmentFixtures.launchFor(4, "Allocation");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(4), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of());
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        assertThat(buyer.post("api/assessments/" + assessment + "/score", "{}").json().get("tier").asText()).isEqualTo("A");

        JsonNode plan = buyer.get("api/procurement/allocation?category=CATHODE_MATERIALS&demand=1200&unit=t&minShare=5&maxShare=70").json();
        BigDecimal shares = plan.get("uncoveredPercent").decimalValue();
        for (JsonNode a : plan.get("allocations")) {
            assertThat(a.get("tier").asText()).isIn("A", "B", "C");
            shares = shares.add(a.get("sharePercent").decimalValue());
        }
        assertThat(shares).isBetween(new BigDecimal("99.98"), new BigDecimal("100.02"));
        assertThat(plan.get("allocations").findValuesAsText("supplierId")).contains("4");
        plan.get("excluded").forEach(e -> assertThat(e.get("reason").asText()).isNotBlank());
        assertThat(plan.get("reasoning").size()).isPositive();

        Http.Reply bad = buyer.get("api/procurement/allocation?category=CATHODE_MATERIALS&demand=-5&minShare=70&maxShare=60");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("demand", "maxShare");
        assertThat(Http.basic("supplier", "demo").get("api/procurement/allocation?category=COBALT&demand=1").status()).isEqualTo(403);

        assertThat(Http.basic("officer", "demo").get("api/procurement/spend-by-tier").status()).as("officers read spend by tier").isEqualTo(200);
        JsonNode spend = buyer.get("api/procurement/spend-by-tier").json();
        assertThat(spend.findValuesAsText("tier")).contains("A", "NOT_ASSESSED");
    }

    @Test
    void rescoringPreviewsWhoseScoreWouldChangeThenStoresIt() {
        long assessment = AssessmentFixtures.launchFor(6, "Rescoring");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(6), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of());
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        assertThat(buyer.post("api/assessments/" + assessment + "/score", "{}").json().get("total").decimalValue()).isEqualByComparingTo("100");

        // A reviewer changes their mind on one answer: the stored score is now out of date.
        Http.Reply rejected = buyer.put("api/assessments/" + assessment + "/answers/MGT-02/decision",
                Map.of("decision", "REJECTED", "reason", "Certificate scope excludes the Changsha plant", "version", answerVersion(assessment, "MGT-02")));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        long campaign = buyer.get("api/assessments/" + assessment).json().get("assessment").get("campaignId").asLong();
        assertThat(buyer.get("api/campaigns/" + campaign).json().get("assessments").get(0).get("toRevise").asInt())
                .as("the campaign shows the answer sent back").isEqualTo(1);

        JsonNode preview = buyer.get("api/scores/rescoring-preview").json();
        JsonNode change = null;
        for (JsonNode c : preview) {
            if (c.get("supplierId").asLong() == 6) {
                change = c;
            }
        }
        assertThat(change).as("supplier 6 in the preview").isNotNull();
        assertThat(change.get("totalBefore").decimalValue()).isEqualByComparingTo("100");
        assertThat(change.get("totalAfter").decimalValue()).isLessThan(new BigDecimal("100"));
        assertThat(buyer.get("api/suppliers/6/score").json().get("total").decimalValue()).as("the preview stores nothing").isEqualByComparingTo("100");

        buyer.post("api/scores/rescore", "{}");
        assertThat(buyer.get("api/suppliers/6/score").json().get("total").decimalValue()).isEqualByComparingTo(change.get("totalAfter").decimalValue());
        JsonNode history = buyer.get("api/suppliers/6/score-history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(history.get(1).get("change").decimalValue()).isNegative();
        assertThat(history.get(1).get("campaign").asText()).startsWith("Rescoring");
        for (JsonNode c : buyer.get("api/scores/rescoring-preview").json()) {
            assertThat(c.get("supplierId").asLong()).as("nothing left to change for supplier 6").isNotEqualTo(6);
        }
        assertThat(Http.basic("officer", "demo").get("api/scores/rescoring-preview").status()).isEqualTo(403);
    }

    @Test
    void aTierPolicyChangeIsPreviewedBeforeAnAdminPublishesIt() {
        // Supplier 7 scores A but below 100: every answer is the best except one maturity level 3 of 4.
        long assessment = AssessmentFixtures.launchFor(7, "Policy");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(7), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of("MGT-01", Map.of("maturityLevel", 3)));
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        JsonNode scored = buyer.post("api/assessments/" + assessment + "/score", "{}").json();
        assertThat(scored.get("tier").asText()).isEqualTo("A");
        assertThat(scored.get("total").decimalValue()).isLessThan(new BigDecimal("100"));

        int version = buyer.get("api/tier-policies/current").json().get("versionNo").asInt();
        Http.Reply unordered = buyer.post("api/tier-policies/preview", Map.of("aMinimum", 60, "bMinimum", 65, "cMinimum", 50,
                "dimensionFloorForA", 30, "unvalidatedPointsPercent", 50));
        assertThat(unordered.status()).isEqualTo(400);
        assertThat(unordered.json().get("errors").get(0).get("field").asText()).isEqualTo("bMinimum");

        JsonNode preview = buyer.post("api/tier-policies/preview", Map.of("aMinimum", 100, "bMinimum", 65, "cMinimum", 50,
                "dimensionFloorForA", 30, "unvalidatedPointsPercent", 50)).json();
        JsonNode seven = null;
        for (JsonNode change : preview) {
            if (change.get("supplierId").asLong() == 7) {
                seven = change;
            }
            if ("A".equals(change.path("tierBefore").asText()) && change.get("totalAfter").decimalValue().compareTo(new BigDecimal("100")) < 0) {
                assertThat(change.get("tierAfter").asText()).isNotEqualTo("A");
            }
        }
        assertThat(seven).as("supplier 7 would fall from A").isNotNull();
        assertThat(seven.get("tierAfter").asText()).isEqualTo("B");
        assertThat(buyer.get("api/suppliers/7/score").json().get("tier").asText()).as("a preview stores nothing").isEqualTo("A");
        assertThat(buyer.get("api/tier-policies/current").json().get("versionNo").asInt()).isEqualTo(version);

        Map<String, Object> sameThresholds = Map.of("aMinimum", 80, "bMinimum", 65, "cMinimum", 50, "dimensionFloorForA", 30,
                "unvalidatedPointsPercent", 50, "note", "Re-published unchanged by the integration test");
        assertThat(buyer.post("api/tier-policies", sameThresholds).status()).as("only an admin publishes").isEqualTo(403);
        Http.Reply published = Http.basic("admin", "demo").post("api/tier-policies", sameThresholds);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(buyer.get("api/tier-policies/current").json().get("versionNo").asInt()).isEqualTo(version + 1);
        assertThat(buyer.get("api/suppliers/7/score").json().get("tier").asText()).isEqualTo("A");
    }

    private long answerVersion(long assessment, String code) {
        for (JsonNode row : buyer.get("api/assessments/" + assessment).json().get("answers")) {
            if (row.get("code").asText().equals(code)) {
                return row.get("answerVersion").asLong();
            }
        }
        throw new AssertionError(code + " not found");
    }

}
