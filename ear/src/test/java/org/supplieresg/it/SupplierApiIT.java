package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supplieresg.it.SupplierFixtures.tierOne;
import static org.supplieresg.it.SupplierFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The supplier API on a real Payara and PostgreSQL: persistence, validation, optimistic locking, audit trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    @Test
    void demoDataHoldsAboutSixtySuppliersWithTierTwoRelations() {
        JsonNode page = buyer.get("api/suppliers?size=500").json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(60);
        JsonNode tierTwo = buyer.get("api/suppliers?tier=TIER_2&size=500").json();
        assertThat(tierTwo.get("total").asInt()).isGreaterThanOrEqualTo(15);
        List<String> countries = new ArrayList<>();
        page.get("rows").forEach(r -> countries.add(r.get("country").asText()));
        assertThat(countries).contains("CN", "ID", "CD", "CL", "AU", "KR", "DE");
        JsonNode hunan = buyer.get("api/suppliers/1").json();
        assertThat(hunan.get("localName").asText()).isEqualTo("湖南新源正极材料有限公司");
        assertThat(hunan.get("tierTwoSuppliers").size()).isGreaterThan(0);
    }

    @Test
    void pagesSortsAndFiltersInTheDatabase() {
        JsonNode first = buyer.get("api/suppliers?sort=annualSpendAmount&desc=true&size=5").json();
        assertThat(first.get("rows").size()).isEqualTo(5);
        List<Double> amounts = new ArrayList<>();
        first.get("rows").forEach(r -> amounts.add(r.get("annualSpendAmount").asDouble()));
        assertThat(amounts).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        JsonNode second = buyer.get("api/suppliers?sort=annualSpendAmount&desc=true&size=5&first=5").json();
        assertThat(second.get("rows").get(0).get("annualSpendAmount").asDouble()).isLessThanOrEqualTo(amounts.get(4));

        JsonNode congo = buyer.get("api/suppliers?country=CD&size=100").json();
        assertThat(congo.get("total").asInt()).isPositive();
        congo.get("rows").forEach(r -> assertThat(r.get("country").asText()).isEqualTo("CD"));

        JsonNode byChineseName = buyer.get("api/suppliers?q=%E6%B9%96%E5%8D%97%E6%96%B0%E6%BA%90").json(); // 湖南新源
        assertThat(byChineseName.get("rows").get(0).get("id").asLong()).isEqualTo(1L);
    }

    @Test
    void registersASupplierAndRecordsItInTheAuditTrail() {
        Map<String, Object> body = tierOne("Fujian Lanhai Electrolyte");
        Http.Reply created = buyer.post("api/suppliers", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).matches(".*/api/suppliers/\\d+");
        long id = created.json().get("id").asLong();

        JsonNode read = buyer.get("api/suppliers/" + id).json();
        assertThat(read.get("legalName").asText()).isEqualTo(body.get("legalName"));
        assertThat(read.get("annualSpendAmount").decimalValue()).isEqualByComparingTo("1250000.50");
        assertThat(read.get("contacts").get(0).get("email").asText()).isEqualTo("chen.jing@test.example");

        JsonNode history = buyer.get("api/suppliers/" + id + "/history").json();
        assertThat(history.size()).isGreaterThanOrEqualTo(10);
        history.forEach(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo("buyer");
            assertThat(entry.get("action").asText()).isEqualTo("CREATE");
        });
        assertThat(history.findValuesAsText("field")).contains("legalName", "country", "annualSpend", "contacts[0]");
    }

    @Test
    void invalidFieldsAnswer400WithOneErrorPerFieldAndSaveNothing() {
        int before = buyer.get("api/suppliers?size=1").json().get("total").asInt();
        Map<String, Object> bad = with(with(with(tierOne("Invalid"), "legalName", " "), "country", "XX"), "annualSpendAmount", -5);
        Http.Reply reply = buyer.post("api/suppliers", bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("legalName", "country", "annualSpendAmount");
        assertThat(problem.get("errors").findValuesAsText("message")).anyMatch(m -> m.contains("\"XX\" is not an ISO 3166-1"));
        assertThat(buyer.get("api/suppliers?size=1").json().get("total").asInt()).isEqualTo(before);
    }

    @Test
    void aDuplicateLegalNameInTheSameCountryIsRefusedWhateverTheCase() {
        Map<String, Object> body = tierOne("Sichuan Duplicate Lithium");
        assertThat(buyer.post("api/suppliers", body).status()).isEqualTo(201);
        Http.Reply again = buyer.post("api/suppliers", with(body, "legalName", body.get("legalName").toString().toUpperCase()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("legalName");
        assertThat(buyer.post("api/suppliers", with(with(body, "country", "AU"), "annualSpendCurrency", "AUD")).status())
                .as("the same name in another country is another company").isEqualTo(201);
    }

    @Test
    void aTierTwoSupplierMustNameATierOneParent() {
        Map<String, Object> orphan = with(tierOne("Orphan Mine"), "chainTier", "TIER_2");
        Http.Reply reply = buyer.post("api/suppliers", orphan);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("parentSupplierId");

        Map<String, Object> underTierTwo = with(orphan, "parentSupplierId", tierTwoId());
        assertThat(buyer.post("api/suppliers", underTierTwo).json().get("errors").get(0).get("message").asText()).contains("not a Tier-1");

        Http.Reply ok = buyer.post("api/suppliers", with(orphan, "parentSupplierId", 1));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("parentName").asText()).startsWith("Hunan Xinyuan");
    }

    @Test
    void aSecondEditorOfAnOldVersionIsToldWhatChangedAndOverwritesNothing() {
        JsonNode created = buyer.post("api/suppliers", tierOne("Concurrent Copper Foil")).json();
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        Map<String, Object> first = with(toInput(created), "region", "Jiangxi");
        Http.Reply firstSave = Http.basic("admin", "demo").put("api/suppliers/" + id, with(first, "version", version));
        assertThat(firstSave.status()).isEqualTo(200);
        assertThat(firstSave.json().get("version").asLong()).isEqualTo(version + 1);

        Map<String, Object> second = with(toInput(created), "annualSpendAmount", 99);
        Http.Reply conflict = buyer.put("api/suppliers/" + id, with(second, "version", version));
        assertThat(conflict.status()).isEqualTo(409);
        JsonNode changes = conflict.json().get("changes");
        assertThat(changes.get(0).get("field").asText()).isEqualTo("region");
        assertThat(changes.get(0).get("after").asText()).isEqualTo("Jiangxi");
        assertThat(changes.get(0).get("by").asText()).isEqualTo("admin");
        assertThat(conflict.json().get("currentVersion").asLong()).isEqualTo(version + 1);

        JsonNode stored = buyer.get("api/suppliers/" + id).json();
        assertThat(stored.get("region").asText()).isEqualTo("Jiangxi");
        assertThat(stored.get("annualSpendAmount").decimalValue()).isEqualByComparingTo("1250000.50");
    }

    @Test
    void malformedJsonAndMissingBodiesAnswerProblemDetails() {
        Http.Reply malformed = buyer.postRaw("api/suppliers", "application/json", "{\"legalName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.text()).doesNotContain("at org.").doesNotContain("Exception");

        Http.Reply badEnum = buyer.post("api/suppliers", with(tierOne("Enum"), "chainTier", "TIER_9"));
        assertThat(badEnum.status()).isEqualTo(400);

        Http.Reply unknownSort = buyer.get("api/suppliers?sort=password");
        assertThat(unknownSort.status()).isEqualTo(400);
    }

    @Test
    void anAdminDeletesASupplierAndTheTrailKeepsEveryFieldOfIt() {
        Http admin = Http.basic("admin", "demo");
        JsonNode created = buyer.post("api/suppliers", tierOne("Mistaken Entry")).json();
        long id = created.get("id").asLong();

        assertThat(buyer.delete("api/suppliers/" + id + "?version=" + created.get("version").asLong()).status())
                .as("procurement may not delete").isEqualTo(403);
        assertThat(admin.delete("api/suppliers/" + id + "?version=" + (created.get("version").asLong() + 7)).status()).isEqualTo(409);
        assertThat(admin.delete("api/suppliers/" + id + "?version=" + created.get("version").asLong()).status()).isEqualTo(204);
        assertThat(buyer.get("api/suppliers/" + id).status()).isEqualTo(404);

        JsonNode history = buyer.get("api/suppliers/" + id + "/history").json();
        List<String> deleted = new ArrayList<>();
        history.forEach(e -> {
            if (e.get("action").asText().equals("DELETE")) {
                deleted.add(e.get("field").asText());
                assertThat(e.get("actor").asText()).isEqualTo("admin");
            }
        });
        assertThat(deleted).contains("legalName", "country", "annualSpend");
    }

    @Test
    void aSupplierWithTierTwoSuppliersCanNeitherBeDeletedNorBecomeTierTwo() {
        JsonNode hunan = buyer.get("api/suppliers/1").json();
        Http.Reply refused = Http.basic("admin", "demo").delete("api/suppliers/1?version=" + hunan.get("version").asLong());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("Tier-2");
        assertThat(buyer.get("api/suppliers/1").status()).isEqualTo(200);

        Map<String, Object> demoted = with(with(toInput(hunan), "chainTier", "TIER_2"), "parentSupplierId", 2);
        Http.Reply refusedTier = buyer.put("api/suppliers/1", with(demoted, "version", hunan.get("version").asLong()));
        assertThat(refusedTier.status()).isEqualTo(400);
        assertThat(refusedTier.json().get("errors").get(0).get("field").asText()).isEqualTo("chainTier");
        assertThat(buyer.get("api/suppliers/1").json().get("chainTier").asText()).isEqualTo("TIER_1");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws Exception {
        long id = buyer.post("api/suppliers", tierOne("Append Only")).json().get("id").asLong();
        String url = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg";
        try (Connection db = DriverManager.getConnection(url, "esg", "esg"); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET actor = 'someone else' WHERE entity_id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry WHERE entity_id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        buyer.get("api/suppliers/" + id + "/history").json()
                .forEach(entry -> assertThat(entry.get("actor").asText()).isEqualTo("buyer"));
    }

    private long tierTwoId() {
        return buyer.get("api/suppliers?tier=TIER_2&size=1").json().get("rows").get(0).get("id").asLong();
    }

    private static Map<String, Object> toInput(JsonNode details) {
        Map<String, Object> input = Http.JSON.convertValue(details, Map.class);
        input.remove("id");
        input.remove("parentName");
        input.remove("tierTwoSuppliers");
        input.remove("createdAt");
        return input;
    }
}
