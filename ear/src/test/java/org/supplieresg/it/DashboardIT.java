package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The procurement dashboard against the database: every figure recomputed here with SQL of our own over the score
 * table itself (not over supplier_standing, which the dashboard reads), after a supplier goes from tier A to a
 * blocked tier D.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    /** Dongguan Hongke (Tier-1, active, 72.1 M CNY a year): used by no other integration test. */
    private static final long SUPPLIER = 33;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    /** The newest score of each supplier, as every service reads it: latest computed_at, then highest id. */
    private static final String LATEST = "(SELECT DISTINCT ON (supplier_id) supplier_id, tier, sourcing_status FROM score"
            + " ORDER BY supplier_id, computed_at DESC, id DESC)";
    private static final String USD = "CASE WHEN s.annual_spend_currency = 'USD' THEN s.annual_spend_amount ELSE s.annual_spend_amount"
            + " / (SELECT units_per_usd FROM exchange_rate_annual x WHERE x.currency = s.annual_spend_currency ORDER BY year DESC LIMIT 1) END";

    @Test
    void aSupplierBlockedAfterARedFlagShowsAsATierChangeAndAsBlockedSpendAndEveryFigureMatchesTheDatabase() throws Exception {
        assertThat(AssessmentFixtures.scoreRound(SUPPLIER, "DashboardIT first round", Map.of()).get("tier").asText()).isEqualTo("A");
        Map<String, Object> redFlag = new HashMap<>();
        redFlag.put("LAB-03", Map.of("yes", false));
        assertThat(AssessmentFixtures.scoreRound(SUPPLIER, "DashboardIT second round", redFlag).get("tier").asText())
                .as("a confirmed red flag blocks").isEqualTo("D");

        Http.Reply reply = buyer.get("api/procurement/dashboard");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode dashboard = reply.json();

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
             Statement sql = db.createStatement()) {
            // Tiers and spend of active Tier-1 suppliers.
            Map<String, long[]> counts = new HashMap<>();
            Map<String, BigDecimal> spend = new HashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT COALESCE(l.tier, 'NONE'), count(*), COALESCE(sum(" + USD + "), 0) FROM supplier s"
                    + " LEFT JOIN " + LATEST + " l ON l.supplier_id = s.id WHERE s.chain_tier = 'TIER_1' AND s.status = 'ACTIVE' GROUP BY 1")) {
                while (rs.next()) {
                    counts.put(rs.getString(1).strip(), new long[] {rs.getLong(2)});
                    spend.put(rs.getString(1).strip(), rs.getBigDecimal(3));
                }
            }
            assertThat(dashboard.get("tiers")).hasSize(5);
            for (JsonNode tier : dashboard.get("tiers")) {
                String key = tier.get("tier").asText();
                assertThat(tier.get("suppliers").asLong()).as("suppliers in " + key).isEqualTo(counts.getOrDefault(key, new long[] {0})[0]);
                assertThat(tier.get("spendUsd").decimalValue()).as("spend in " + key)
                        .isEqualByComparingTo(spend.getOrDefault(key, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN));
            }

            // The change of tier, with the tier before it.
            JsonNode change = null;
            for (JsonNode c : dashboard.get("tierChanges")) {
                if (c.get("supplierId").asLong() == SUPPLIER) {
                    change = c;
                }
            }
            assertThat(change).as("supplier %d among the tier changes", SUPPLIER).isNotNull();
            assertThat(change.get("from").asText()).isEqualTo("A");
            assertThat(change.get("to").asText()).isEqualTo("D");
            // When each supplier's tier last changed, from the whole history of its scores.
            assertThat(dashboard.get("tierChangeCount").asLong()).isEqualTo(scalar(sql, "SELECT count(*) FROM (SELECT supplier_id,"
                    + " max(computed_at) FILTER (WHERE before <> tier) AS changed FROM (SELECT supplier_id, tier, computed_at,"
                    + " lag(tier) OVER (PARTITION BY supplier_id ORDER BY computed_at, id) AS before FROM score) x GROUP BY supplier_id) y"
                    + " WHERE changed >= now() - interval '90 days'"));

            // Blocked suppliers that still carry spend, largest first; this one among them with its spend in USD.
            long blocked = scalar(sql, "SELECT count(*) FROM supplier s JOIN " + LATEST + " l ON l.supplier_id = s.id"
                    + " WHERE l.sourcing_status = 'BLOCKED' AND s.annual_spend_amount > 0 AND s.chain_tier = 'TIER_1' AND s.status = 'ACTIVE'");
            assertThat(dashboard.get("blockedWithSpendCount").asLong()).isEqualTo(blocked);
            BigDecimal previous = null;
            boolean listed = false;
            for (JsonNode b : dashboard.get("blockedWithSpend")) {
                BigDecimal usd = b.get("spendUsd").decimalValue();
                assertThat(previous == null || previous.compareTo(usd) >= 0).as("largest spend first").isTrue();
                previous = usd;
                if (b.get("supplierId").asLong() == SUPPLIER) {
                    listed = true;
                    assertThat(b.get("spend").decimalValue()).isEqualByComparingTo("72100000");
                    assertThat(b.get("currency").asText()).isEqualTo("CNY");
                }
            }
            assertThat(listed || dashboard.get("blockedWithSpend").size() == 10).as("listed unless ten larger ones are").isTrue();

            // Open campaigns: this supplier's two rounds were submitted.
            long submittedHere = 0;
            for (JsonNode c : dashboard.get("campaigns")) {
                assertThat(c.get("invited").asLong()).isEqualTo(c.get("submitted").asLong() + c.get("inProgress").asLong() + c.get("notStarted").asLong());
                if (c.get("name").asText().startsWith("DashboardIT")) {
                    submittedHere += c.get("submitted").asLong();
                }
            }
            assertThat(submittedHere).isEqualTo(2);
            assertThat(dashboard.get("campaigns")).hasSize((int) scalar(sql, "SELECT count(*) FROM campaign WHERE status = 'OPEN'"));
        }
    }

    @Test
    void theSupplierListFiltersByProcurementTierAsTheDashboardCountsIt() throws Exception {
        JsonNode dashboard = buyer.get("api/procurement/dashboard").json();
        for (JsonNode tier : dashboard.get("tiers")) {
            JsonNode page = buyer.get("api/suppliers?tier=TIER_1&status=ACTIVE&size=1&procurementTier=" + tier.get("tier").asText()).json();
            assertThat(page.get("total").asLong()).as("tier " + tier.get("tier").asText()).isEqualTo(tier.get("suppliers").asLong());
        }
        JsonNode unscored = buyer.get("api/suppliers?procurementTier=NONE&size=500").json();
        for (JsonNode row : unscored.get("rows")) {
            assertThat(row.hasNonNull("procurementTier")).isFalse();
        }
        Http.Reply refused = buyer.get("api/suppliers?procurementTier=E");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("There is no procurement tier", "use A, B, C, D, or NONE");
    }

    /**
     * Payara 6.2025.9 loses the groups of some requests under concurrent load when the session is remembered with
     * "registerSession" (payara/Payara#6145): a buyer then got a home page without the buyer's dashboard, about one
     * request in twenty-five at fifty connections. The login mechanism now hands the groups over itself.
     */
    @Test
    void underConcurrentLoadEveryRequestOfALoggedInBuyerCarriesTheBuyersRole() throws Exception {
        int sessions = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2 * sessions);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> results = new java.util.ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
                org.supplieresg.bench.JsfLogin.login(client, Http.BASE, "buyer", "demo");
                for (int thread = 0; thread < 2; thread++) { // two requests of the same session at once, as two browser tabs
                    results.add(pool.submit(() -> {
                        java.util.List<String> wrong = new java.util.ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                                    Http.BASE.resolve("app/home.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                            if (page.statusCode() != 200 || !page.body().contains("procurementDashboard")) {
                                wrong.add(page.statusCode() + (page.statusCode() == 200 ? " without the buyer's dashboard" : ""));
                            }
                        }
                        return wrong;
                    }));
                }
            }
            java.util.List<String> wrong = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<java.util.List<String>> result : results) {
                wrong.addAll(result.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            assertThat(wrong).as("500 requests of 25 buyers, 50 at a time").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyBuyersAndAdministratorsSeeTheProcurementDashboard() {
        assertThat(Http.basic("admin", "demo").get("api/procurement/dashboard").status()).isEqualTo(200);
        assertThat(Http.basic("officer", "demo").get("api/procurement/dashboard").status()).isEqualTo(403);
        assertThat(Http.basic("auditor", "demo").get("api/procurement/dashboard").status()).isEqualTo(403);
        assertThat(Http.basic(AssessmentFixtures.supplierUser(SUPPLIER), AssessmentFixtures.PASSWORD).get("api/procurement/dashboard").status())
                .isEqualTo(403);
    }

    private static long scalar(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
