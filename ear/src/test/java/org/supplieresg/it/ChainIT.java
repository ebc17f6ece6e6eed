package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The chain cascade through the API: a Tier-1's admin invites a Tier-2, sends it the core questionnaire and a carbon
 * request; what each party sees before and after the Tier-2's consent; the roll-up of the Tier-2's footprint into the
 * Tier-1's figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChainIT {

    /** The reporting year of the roll-up test; EmissionsIT owns 2024. */
    private static final int YEAR = 2025;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** A Tier-1 registered by the buyer, with its admin login (the company's first). */
    record Tier1(long id, String name, String username, Http admin) {
        static Tier1 create(String prefix) {
            Http.Reply registered = Http.basic("buyer", "demo").post("api/suppliers", SupplierFixtures.tierOne(prefix));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            long id = registered.json().get("id").asLong();
            String username = AssessmentFixtures.supplierUser(id);
            return new Tier1(id, registered.json().get("legalName").asText(), username, Http.basic(username, AssessmentFixtures.PASSWORD));
        }
    }

    /** An invited Tier-2 and the login the invitation created. */
    record Tier2(long id, String name, String username, String password, Http user) {
    }

    static Tier2 invite(Tier1 tier1, String prefix) {
        String name = prefix + " " + System.nanoTime() + " Precision Parts Co., Ltd.";
        String username = "t2-" + System.nanoTime() % 10_000_000;
        Http.Reply invited = tier1.admin().post("api/chain/tier2s", invitation(name, username));
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        String firstPassword = invited.json().get("firstPassword").asText();
        assertThat(firstPassword).hasSize(16);
        // The first password travelled by mail: it opens nothing until its owner replaces it.
        Http.Reply locked = Http.basic(username, firstPassword).get("api/chain/customer");
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.text()).contains("Change the first password you were sent");
        String password = "my own passphrase " + System.nanoTime() % 1000;
        Http.Reply changed = Http.basic(username, firstPassword).put("api/users/me/password",
                Map.of("currentPassword", firstPassword, "newPassword", password));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        assertThat(Http.basic(username, firstPassword).get("api/chain/customer").status()).isEqualTo(401);
        return new Tier2(invited.json().get("supplierId").asLong(), name, username, password, Http.basic(username, password));
    }

    static Map<String, Object> invitation(String name, String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", name);
        body.put("localName", "精密零件有限公司");
        body.put("country", "CN");
        body.put("industryScheme", "ISIC");
        body.put("industryCode", "2599");
        body.put("commodity", "CELL_HOUSING");
        body.put("annualSpendAmount", 820000);
        body.put("contactName", "Wang Fang");
        body.put("contactEmail", "wang.fang@" + username + ".example");
        body.put("username", username);
        body.put("locale", "zh-CN");
        return body;
    }

    /** Sends the core questionnaire to one Tier-2 and returns the id of its assessment. */
    static long sendCore(Tier1 tier1, Tier2 tier2, String name) {
        Http.Reply sent = tier1.admin().post("api/chain/campaigns", Map.of("name", name, "deadline", LocalDate.now().plusDays(30).toString(),
                "scope", "CORE", "supplierIds", List.of(tier2.id())));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        return sent.json().get("assessments").get(0).get("id").asLong();
    }

    @Test
    void aTier2sResultsReachItsTier1AndTheBuyerOnlyWithItsConsent() {
        Tier1 tier1 = Tier1.create("ChainIT cathode");
        Tier2 tier2 = invite(tier1, "ChainIT");
        Http buyer = Http.basic("buyer", "demo");

        // The Tier-2 logs in with the first password and sees who invited it; nothing is shared yet.
        JsonNode customer = tier2.user().get("api/chain/customer").json();
        assertThat(customer.get("legalName").asText()).isEqualTo(tier1.name());
        assertThat(customer.get("consented").asBoolean()).isFalse();

        // The core questionnaire: only the core subset, every red-flag question in it; other questions are refused.
        long assessment = sendCore(tier1, tier2, "ChainIT core " + System.nanoTime());
        JsonNode questionnaire = tier2.user().get("api/assessments/" + assessment).json();
        List<String> codes = new ArrayList<>();
        questionnaire.get("answers").forEach(a -> codes.add(a.get("code").asText()));
        assertThat(codes).hasSize(34).contains("LAB-01", "LAB-02", "LAB-03", "LAB-04", "HSE-03", "ETH-02", "MIN-01", "CLI-01")
                .doesNotContain("MGT-01", "CLI-06", "ETH-03");
        Http.Reply notAsked = tier2.user().put("api/assessments/" + assessment + "/answers/MGT-01", Map.of("maturityLevel", 2));
        assertThat(notAsked.status()).isEqualTo(400);
        assertThat(notAsked.text()).contains("MGT-01 is not part of the core questionnaire");
        // Child labour age checks are missing: a self-declared red flag.
        AssessmentFixtures.answerTheRest(tier2.user(), assessment, Map.of("LAB-01", Map.of("yes", false)));
        Http.Reply submitted = tier2.user().post("api/assessments/" + assessment + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);

        // A carbon request, mailed in the Tier-2's language.
        Http.Reply asked = tier1.admin().post("api/chain/carbon-requests", Map.of("supplierIds", List.of(tier2.id()), "year", YEAR,
                "productCodes", "BRKT-7", "deadline", LocalDate.now().plusDays(20).toString(), "message", "For our 2025 PCF"));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        assertThat(tier1.admin().post("api/chain/carbon-requests", Map.of("supplierIds", List.of(tier2.id()), "year", YEAR,
                "deadline", LocalDate.now().plusDays(20).toString())).text()).contains("has already been asked");
        assertThat(tier2.user().get("api/chain/customer").json().get("carbonRequests").get(0).get("productCodes").asText()).isEqualTo("BRKT-7");

        // Before consent: the Tier-1 sees the questionnaire's status only; the buyer does not see the company at all.
        JsonNode row = tier2Row(tier1, tier2);
        assertThat(row.get("consented").asBoolean()).isFalse();
        assertThat(row.get("questionnaires").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(row.get("questionnaires").get(0).has("answered")).isFalse();
        assertThat(row.has("score")).isFalse();
        assertThat(tier1.admin().get("api/suppliers/" + tier2.id()).status()).isEqualTo(404);
        assertThat(tier1.admin().get("api/assessments/" + assessment).status()).isEqualTo(404);
        assertThat(tier1.admin().get("api/chain/risks/" + tier1.id()).json()).isEmpty();
        assertThat(buyer.get("api/suppliers/" + tier2.id()).status()).isEqualTo(404);
        assertThat(buyer.get("api/assessments/" + assessment).status()).isEqualTo(404);
        assertThat(buyer.get("api/suppliers/" + tier2.id() + "/score").status()).isEqualTo(404);
        assertThat(buyer.get("api/suppliers?q=" + java.net.URLEncoder.encode(tier2.name(), java.nio.charset.StandardCharsets.UTF_8))
                .json().get("total").asLong()).isZero();
        assertThat(buyer.get("api/suppliers/" + tier1.id()).text()).doesNotContain(tier2.name());
        JsonNode map = buyer.get("api/chain/map").json();
        assertThat(map.toString()).doesNotContain(tier2.name());
        assertThat(map.get("awaitingConsent").asInt()).isPositive();
        assertThat(buyer.get("api/campaigns").text()).doesNotContain("ChainIT core");

        // Nobody else: another Tier-1 and the Tier-2 itself towards its Tier-1.
        Tier1 other = Tier1.create("ChainIT other");
        assertThat(other.admin().get("api/chain/tier2s").text()).doesNotContain(tier2.name());
        assertThat(other.admin().get("api/chain/risks/" + tier1.id()).status()).isEqualTo(404);
        assertThat(other.admin().post("api/chain/campaigns", Map.of("name", "steal", "deadline", LocalDate.now().plusDays(9).toString(),
                "scope", "CORE", "supplierIds", List.of(tier2.id()))).status()).isEqualTo(404);
        assertThat(tier2.user().get("api/suppliers/" + tier1.id()).status()).isEqualTo(404);
        assertThat(tier2.user().get("api/chain/risks/" + tier1.id()).status()).isEqualTo(404);
        assertThat(tier2.user().post("api/chain/tier2s", invitation("Tier-3 attempt " + System.nanoTime(), "t3-" + System.nanoTime() % 100000))
                .text()).contains("Only a Tier-1 supplier can invite");

        // Consent opens the results to the Tier-1 and to the buyer: score, red flag and the path it travels.
        Http.Reply consent = tier2.user().put("api/chain/consent", Map.of("granted", true));
        assertThat(consent.status()).as(consent.text()).isEqualTo(200);
        assertThat(consent.json().get("consented").asBoolean()).isTrue();
        row = tier2Row(tier1, tier2);
        assertThat(row.get("score").get("scope").asText()).isEqualTo("CORE");
        assertThat(row.get("score").get("redFlags").toString()).contains("LAB-01");
        assertThat(row.get("questionnaires").get(0).get("answered").asInt()).isEqualTo(34);
        JsonNode risks = tier1.admin().get("api/chain/risks/" + tier1.id()).json();
        assertThat(risks).anySatisfy(r -> {
            assertThat(r.get("kind").asText()).isEqualTo("RED_FLAG");
            assertThat(r.get("detail").asText()).isEqualTo("LAB-01");
            assertThat(r.get("path").toString()).isEqualTo("[\"Buyer\",\"" + tier1.name() + "\",\"" + tier2.name() + "\"]");
        });
        assertThat(buyer.get("api/suppliers/" + tier2.id()).status()).isEqualTo(200);
        assertThat(buyer.get("api/chain/risks/" + tier1.id()).json().toString()).contains("LAB-01");
        JsonNode node = null;
        for (JsonNode n : buyer.get("api/chain/map?commodity=ELECTROLYTE").json().get("tier2s")) {
            if (n.get("supplierId").asLong() == tier2.id()) {
                node = n;
            }
        }
        assertThat(node).isNotNull();
        assertThat(node.get("risk").asText()).isEqualTo("HIGH");
        assertThat(node.get("reasons").toString()).contains("red flag LAB-01");
        assertThat(buyer.get("api/chain/map?commodity=SEPARATOR").json().toString()).doesNotContain(tier2.name());
        // Its EMRT names a nickel refiner in Indonesia without an RMI identification number: an origin on the map, a risk.
        Http.Reply emrt = tier2.user().postBytes("api/suppliers/" + tier2.id() + "/minerals-declarations?fileName=EMRT.xlsx",
                MineralsFixtures.XLSX, MineralsFixtures.emrt("2.0", tier2.name(), MineralsFixtures.Smelter.notListed("Nickel",
                        "PT Example Nickel", "INDONESIA")));
        assertThat(emrt.status()).as(emrt.text()).isEqualTo(201);
        JsonNode nickel = buyer.get("api/chain/map?commodity=ELECTROLYTE&mineral=nickel").json();
        assertThat(nickel.get("origins").toString()).contains("\"label\":\"ID\"", "nickel", "HIGH");
        assertThat(nickel.get("links")).anySatisfy(link -> {
            assertThat(link.get("from").asText()).isEqualTo("T2-" + tier2.id());
            assertThat(link.get("to").asText()).isEqualTo("O-ID");
            assertThat(link.get("risky").asBoolean()).isTrue();
        });
        assertThat(buyer.get("api/chain/map?commodity=ELECTROLYTE&mineral=tin").json().get("links").toString()).doesNotContain("O-ID");
        assertThat(tier1.admin().get("api/chain/risks/" + tier1.id()).json().toString()).contains("MINERALS_UNKNOWN", "PT Example Nickel");
        // Still not the other Tier-1.
        assertThat(other.admin().get("api/chain/risks/" + tier1.id()).status()).isEqualTo(404);

        // Withdrawn: hidden again, and the trail keeps both decisions.
        assertThat(tier2.user().put("api/chain/consent", Map.of("granted", false)).json().get("consented").asBoolean()).isFalse();
        assertThat(tier2Row(tier1, tier2).has("score")).isFalse();
        assertThat(buyer.get("api/suppliers/" + tier2.id()).status()).isEqualTo(404);
        assertThat(tier2.user().get("api/suppliers/" + tier2.id() + "/history").text()).contains("chainConsent", tier2.username());
    }

    @Test
    void aFirstPasswordIsReplacedOnlyWithTheCurrentOneAndANewOneOfTheRightLength() {
        Tier1 tier1 = Tier1.create("ChainIT password");
        String username = "pw-" + System.nanoTime() % 10_000_000;
        Http.Reply invited = tier1.admin().post("api/chain/tier2s", invitation("ChainIT password " + System.nanoTime() + " Co., Ltd.", username));
        String first = invited.json().get("firstPassword").asText();
        Http owner = Http.basic(username, first);
        assertThat(owner.put("api/users/me/password", Map.of("currentPassword", "wrong password!!", "newPassword", "a long enough one"))
                .text()).contains("The current password is not right");
        assertThat(owner.put("api/users/me/password", Map.of("currentPassword", first, "newPassword", "short")).text())
                .contains("at least 12");
        assertThat(owner.put("api/users/me/password", Map.of("currentPassword", first, "newPassword", first)).text())
                .contains("differs from the current one");
        assertThat(owner.get("api/chain/customer").status()).as("still the first password").isEqualTo(403);
        assertThat(owner.put("api/users/me/password", Map.of("currentPassword", first, "newPassword", "a long enough one")).status())
                .isEqualTo(204);
        assertThat(Http.basic(username, "a long enough one").get("api/chain/customer").status()).isEqualTo(200);
        assertThat(Http.basic("admin", "demo").get("api/users").text()).contains("\"username\":\"" + username + "\"");
    }

    @Test
    void aTier1InvitesOnlyAsItsCompanysAdminAndBadInputIsExplainedWithNothingStored() {
        Tier1 tier1 = Tier1.create("ChainIT admin");
        // A second login of the same company is not its admin.
        Http second = Http.basic(AssessmentFixtures.supplierUser(tier1.id()), AssessmentFixtures.PASSWORD);
        Http.Reply refused = second.post("api/chain/tier2s", invitation("Not allowed " + System.nanoTime(), "na-" + System.nanoTime() % 100000));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("supplier admin");

        Map<String, Object> bad = invitation("", "x");
        bad.put("country", "XX");
        bad.put("contactEmail", "not-an-address");
        Http.Reply invalid = tier1.admin().post("api/chain/tier2s", bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("legalName", "country", "contacts[0].email", "not-an-address");
        assertThat(tier1.admin().get("api/chain/tier2s").json()).isEmpty();

        // A taken username leaves no half-invited company behind.
        Tier2 first = invite(tier1, "ChainIT first");
        Http.Reply clash = tier1.admin().post("api/chain/tier2s", invitation("ChainIT clash " + System.nanoTime(), first.username()));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.text()).contains("is taken");
        assertThat(tier1.admin().get("api/chain/tier2s").json()).hasSize(1);
    }

    @Test
    void aConsentedTier2sFootprintRollsUpIntoItsTier1sFiguresAndStopsWhenConsentEnds() {
        Tier1 tier1 = Tier1.create("ChainIT roll-up");
        Tier2 tier2 = invite(tier1, "ChainIT steel");
        assertThat(tier2.user().put("api/chain/consent", Map.of("granted", true)).status()).isEqualTo(200);
        Http.Reply footprint = tier2.user().post("api/suppliers/" + tier2.id() + "/product-footprints", Map.of("productCode", "COIL-1",
                "productName", "Cold-rolled steel coil", "declaredUnit", "t", "kgCo2ePerUnit", 1850, "boundary", "CRADLE_TO_GATE",
                "standard", "ISO 14067:2018", "studyReference", "EPD S-P-01234", "referenceYear", YEAR));
        assertThat(footprint.status()).as(footprint.text()).isEqualTo(201);

        long inventory = tier1.admin().post("api/suppliers/" + tier1.id() + "/inventories?year=" + YEAR, "{}").json().get("id").asLong();
        Http.Reply steel = tier1.admin().post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "INPUT", "activity",
                "material/steel", "quantity", 20, "unit", "t", "sourceSupplierId", tier2.id(), "sourceItemCode", "COIL-1"));
        assertThat(steel.status()).as(steel.text()).isEqualTo(201);
        assertThat(steel.json().get("sourceSupplierId").asLong()).isEqualTo(tier2.id());
        // Only a Tier-2 of one's own can be named.
        Http.Reply foreign = tier1.admin().post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "INPUT", "activity",
                "material/steel", "quantity", 1, "unit", "t", "sourceSupplierId", 1));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.text()).contains("is not a Tier-2 supplier your company invited");
        // The same from a CSV import: another company's supplier refused with its row and nothing stored, one's own taken.
        String header = "type,activity,quantity,unit,source_supplier_id,source_item_code\n";
        Http.Reply foreignCsv = tier1.admin().postBytes("api/emissions/inventories/" + inventory + "/import?fileName=foreign.csv", "text/csv",
                (header + "INPUT,material/steel,5,t,1,X\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(foreignCsv.status()).isEqualTo(400);
        assertThat(foreignCsv.text()).contains("row 2", "is not a Tier-2 supplier your company invited");
        Http.Reply ownCsv = tier1.admin().postBytes("api/emissions/inventories/" + inventory + "/import?fileName=own.csv", "text/csv",
                (header + "INPUT,material/steel,5,t," + tier2.id() + ",COIL-1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ownCsv.status()).as(ownCsv.text()).isEqualTo(200);
        JsonNode imported = null;
        for (JsonNode line : tier1.admin().get("api/emissions/inventories/" + inventory).json().get("lines")) {
            if (line.get("quantity").decimalValue().compareTo(java.math.BigDecimal.valueOf(5)) == 0) {
                imported = line;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.get("sourceSupplierId").asLong()).isEqualTo(tier2.id());
        assertThat(imported.get("sourceItemCode").asText()).isEqualTo("COIL-1");
        // out of the way of the arithmetic below
        assertThat(tier1.admin().delete("api/emissions/inventory-lines/" + imported.get("id").asLong()).status()).isIn(200, 204);
        JsonNode current = tier1.admin().get("api/emissions/inventories/" + inventory).json();
        Http.Reply updated = tier1.admin().put("api/emissions/inventories/" + inventory + "?version=" + current.get("version").asLong(),
                Map.of("basis", "ACTIVITY_DATA", "productionTonnes", 500));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(tier1.admin().post("api/emissions/inventories/" + inventory + "/submit?version=" + updated.json().get("version").asLong(), "{}")
                .status()).isEqualTo(200);

        Http officer = Http.basic("officer", "demo");
        assertThat(officer.post("api/emissions/runs?year=" + YEAR + "&reason=ChainIT", "{}").status()).isEqualTo(201);
        JsonNode figure = inputFigure(tier1);
        // 20 t x 1 850 kg CO2e/t from the Tier-2's own footprint, with the chain it came through.
        assertThat(figure.get("method").asText()).isEqualTo("SUPPLIER_SPECIFIC");
        assertThat(figure.get("kgCo2e").decimalValue()).isEqualByComparingTo("37000");
        assertThat(officer.get("api/emissions/figures/" + figure.get("id").asLong() + "/lineage").text())
                .contains("COIL-1", "EPD S-P-01234", "Tier-2 supplier " + tier2.id());
        assertThat(tier1.admin().get("api/suppliers/" + tier1.id() + "/inventories/" + YEAR + "/figures").json().get("inputsKg").decimalValue())
                .isEqualByComparingTo("37000");

        // The Tier-2's own inventory answers the Tier-1's carbon request, with its calculated Scope 1 once a run saw it.
        assertThat(tier1.admin().post("api/chain/carbon-requests", Map.of("supplierIds", List.of(tier2.id()), "year", YEAR,
                "deadline", LocalDate.now().plusDays(20).toString())).status()).isEqualTo(201);
        long own = tier2.user().post("api/suppliers/" + tier2.id() + "/inventories?year=" + YEAR, "{}").json().get("id").asLong();
        assertThat(tier2.user().post("api/emissions/inventories/" + own + "/lines", Map.of("type", "FUEL", "activity",
                "fuel/diesel-average-biofuel-blend", "quantity", 10000, "unit", "L")).status()).isEqualTo(201);
        long ownVersion = tier2.user().get("api/emissions/inventories/" + own).json().get("version").asLong();
        assertThat(tier2.user().post("api/emissions/inventories/" + own + "/submit?version=" + ownVersion, "{}").status()).isEqualTo(200);
        assertThat(officer.post("api/emissions/runs?year=" + YEAR + "&reason=ChainIT-carbon-request", "{}").status()).isEqualTo(201);
        JsonNode request = tier2Row(tier1, tier2).get("carbonRequests").get(0);
        assertThat(request.get("inventorySubmitted").asBoolean()).isTrue();
        assertThat(request.get("scope1Kg").decimalValue()).isPositive();

        // Consent withdrawn: the next run falls back to the average steel factor and says why.
        assertThat(tier2.user().put("api/chain/consent", Map.of("granted", false)).status()).isEqualTo(200);
        assertThat(officer.post("api/emissions/runs?year=" + YEAR + "&reason=ChainIT-withdrawn", "{}").status()).isEqualTo(201);
        JsonNode fallback = inputFigure(tier1);
        assertThat(fallback.get("method").asText()).isEqualTo("AVERAGE_DATA");
        assertThat(officer.get("api/emissions/figures/" + fallback.get("id").asLong() + "/lineage").text())
                .contains("does not share its data with this company");
    }

    private static JsonNode inputFigure(Tier1 tier1) {
        for (JsonNode f : tier1.admin().get("api/suppliers/" + tier1.id() + "/inventories/" + YEAR + "/figures").json().get("figures")) {
            if (f.get("scope").asInt() == 3) {
                return f;
            }
        }
        throw new AssertionError("no Scope 3 figure for the Tier-1's input");
    }

    private static JsonNode tier2Row(Tier1 tier1, Tier2 tier2) {
        for (JsonNode row : tier1.admin().get("api/chain/tier2s").json()) {
            if (row.get("supplierId").asLong() == tier2.id()) {
                return row;
            }
        }
        throw new AssertionError(tier2.name() + " is not among the Tier-1's suppliers");
    }
}
