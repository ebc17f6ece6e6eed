package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risk-based audit planning through the API: the ranking and its reasons (cobalt from DR Congo ranks high), the risk
 * tables admins change, the annual plan a planner edits and accepts, and audit coverage of Tier-1 suppliers and spend.
 * Suppliers 26 (audited here), 30 (risk table change), 45 and 46 (DR Congo cobalt).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPlanIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");
    private final Http admin = Http.basic("admin", "demo");

    static JsonNode row(JsonNode ranking, long supplierId) {
        for (JsonNode row : ranking) {
            if (row.get("supplierId").asLong() == supplierId) {
                return row;
            }
        }
        return null;
    }

    @Test
    void theRankingExplainsEveryPointAndFollowsTheRiskTables() {
        JsonNode ranking = buyer.get("api/audit-plan/ranking").json();
        JsonNode congoCobalt = row(ranking, 45);
        assertThat(congoCobalt.get("reasons").toString()).contains("country CD risk 5: +16", "COBALT risk 5: +12",
                "COBALT from CD risk 5: +10", "never audited on site: +12");
        assertThat(congoCobalt.get("score").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("50"));
        assertThat(row(ranking, 46)).as("inactive suppliers are not ranked").isNull();
        JsonNode german = row(ranking, 30);
        assertThat(german.get("score").decimalValue()).isLessThan(congoCobalt.get("score").decimalValue());
        assertThat(ranking.get(0).get("score").decimalValue()).isGreaterThanOrEqualTo(ranking.get(ranking.size() - 1).get("score").decimalValue());

        assertThat(buyer.put("api/audit-plan/risk-tables/country/DE", Map.of("risk", 5, "reason", "x")).status()).as("admins only").isEqualTo(403);
        assertRefused(admin.put("api/audit-plan/risk-tables/country/DE", Map.of("risk", 7, "reason", "x")), "A risk is 1 (low) to 5 (very high).");
        assertRefused(admin.put("api/audit-plan/risk-tables/chain/XX/COBALT", Map.of("risk", 3, "reason", "x")),
                "\"XX/COBALT\" is not a key of the chain risk table (a country code, a spend category, or country/category).");
        try {
            JsonNode set = admin.put("api/audit-plan/risk-tables/country/DE", Map.of("risk", 5, "reason", "Test: a sudden change of law")).json();
            assertThat(set.get("risk").asInt()).isEqualTo(5);
            JsonNode after = row(buyer.get("api/audit-plan/ranking").json(), 30);
            assertThat(after.get("score").decimalValue().subtract(german.get("score").decimalValue())).isEqualByComparingTo("16");
            assertThat(after.get("reasons").toString()).contains("country DE risk 5: +16");
            assertThat(admin.put("api/audit-plan/risk-tables/chain/DE/ALUMINIUM", Map.of("risk", 4, "reason", "Test chain")).status()).isEqualTo(200);
            assertThat(buyer.get("api/audit-plan/risk-tables/chain").json().findValuesAsText("key")).contains("CD/COBALT", "DE/ALUMINIUM");
        } finally {
            admin.put("api/audit-plan/risk-tables/country/DE", Map.of("risk", 1, "reason",
                    "Strong labour and environmental law enforcement; Supply Chain Due Diligence Act."));
            admin.put("api/audit-plan/risk-tables/chain/DE/ALUMINIUM", Map.of("risk", 1, "reason", "Test chain reset"));
        }
    }

    @Test
    void aPlannerEditsTheProposedPlanAndAcceptsIt() {
        int year = LocalDate.now().getYear();
        assertThat(buyer.get("api/audit-plan/" + (year + 1)).status()).isEqualTo(404);
        assertRefused(buyer.post("api/audit-plan/" + (year + 5), "{}"), "Plans are made for last year, this year or next year, not 2031.".replace("2031", String.valueOf(year + 5)));
        JsonNode plan = buyer.post("api/audit-plan/" + (year + 1), "{}").json();
        assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
        JsonNode congo = null;
        JsonNode lowest = null;
        for (JsonNode row : plan.get("rows")) {
            if (row.get("supplierId").asLong() == 45) {
                congo = row;
            }
            lowest = row;
        }
        assertThat(congo.get("included").asBoolean()).as("risk 50 and above is proposed").isTrue();
        assertThat(lowest.get("included").asBoolean()).isFalse();

        long entry = lowest.get("entryId").asLong();
        assertRefused(buyer.put("api/audit-plan/entries/" + entry, Map.of("included", true, "quarter", 5, "version", lowest.get("version").asLong())),
                "The quarter is 1, 2, 3 or 4.");
        JsonNode edited = buyer.put("api/audit-plan/entries/" + entry, Map.of("included", true, "quarter", 2,
                "note", "New line qualified last month", "version", lowest.get("version").asLong())).json();
        assertThat(edited.get("included").asBoolean()).isTrue();
        assertThat(edited.get("quarter").asInt()).isEqualTo(2);
        assertThat(buyer.put("api/audit-plan/entries/" + entry, Map.of("included", false, "version", lowest.get("version").asLong())).status())
                .as("stale version").isEqualTo(409);
        assertThat(buyer.post("api/audit-plan/" + (year + 1), "{}").json().get("rows").size()).as("made once").isEqualTo(plan.get("rows").size());

        JsonNode accepted = buyer.post("api/audit-plan/" + (year + 1) + "/accept", "{}").json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptedBy").asText()).isEqualTo("buyer");
        assertRefused(buyer.put("api/audit-plan/entries/" + entry, Map.of("included", false, "version", edited.get("version").asLong())),
                "The plan for " + (year + 1) + " is accepted: it no longer changes.");
    }

    @Test
    void coverageCountsTier1SuppliersAndSpendAuditedInTheLastMonths() {
        JsonNode before = buyer.get("api/audit-plan/coverage?months=12").json();
        AuditFixtures.completedWith(26, 220, "KR", Map.of());
        JsonNode after = buyer.get("api/audit-plan/coverage?months=12").json();

        assertThat(after.get("tier1Suppliers").asLong()).isEqualTo(before.get("tier1Suppliers").asLong());
        assertThat(after.get("tier1Audited").asLong()).isEqualTo(before.get("tier1Audited").asLong() + 1);
        assertThat(after.get("auditedSpendUsd").decimalValue().subtract(before.get("auditedSpendUsd").decimalValue()))
                .as("supplier 26 buys for USD 27.6 million").isEqualByComparingTo("27600000");
        assertThat(after.get("supplierShare").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(after.get("tier1Audited").asLong() * 100.0 / after.get("tier1Suppliers").asLong()).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(after.get("auditsCompleted").asLong()).isGreaterThan(before.get("auditsCompleted").asLong());
        assertRefused(buyer.get("api/audit-plan/coverage?months=0"), "Coverage is counted over 1 to 120 months.");
        JsonNode ranking = buyer.get("api/audit-plan/ranking").json();
        assertThat(row(ranking, 26).get("reasons").toString()).contains("within 12 months: +0");
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("message")).contains(message);
    }
}
