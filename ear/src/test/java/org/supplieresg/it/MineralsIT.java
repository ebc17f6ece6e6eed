package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supplieresg.it.MineralsFixtures.Smelter;

/**
 * Responsible minerals through the API: the buyer imports a conformant smelter list, a supplier uploads a CMRT and an
 * EMRT built here in the real layout, findings appear for the smelters that are not conformant or not identified, a
 * new list and a newer declaration settle them, the view current_declared_smelter follows; a malformed file is refused
 * with the reason and stores nothing; another company reads none of it. Each test uses suppliers of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MineralsIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    private static String upload(long supplierId, String fileName) {
        return "api/suppliers/" + supplierId + "/minerals-declarations?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }

    private static String list(String name, String date, String fileName) {
        return "api/conformant-smelters?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&listDate=" + date + "&fileName=" + fileName;
    }

    private Http.Reply importList(String date, String csv) {
        return buyer.putBytes(list("RMAP Conformant Smelter List", date, "rmap-" + date + ".csv"), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findingsFollowTheListAndTheNewestDeclaration() throws Exception {
        Http.Reply first = importList("2025-06-30", """
                Smelter ID,Metal,Standard Smelter Name,Country,RMAP Status
                CID002180,Tin,Yunnan Tin Company Limited,CHINA,Conformant
                CID002320,Cobalt,Umicore,BELGIUM,Conformant
                CID004001,Copper,Aurubis AG,GERMANY,Active
                """);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("list").get("entries").asInt()).isEqualTo(3);
        assertThat(buyer.get("api/conformant-smelters").json().get("listDate").asText()).isEqualTo("2025-06-30");

        long supplierId = MineralsFixtures.newSupplier("Minerals journey");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(supplierId), AssessmentFixtures.PASSWORD);
        assertThat(supplier.putBytes(list("Mine", "2025-06-30", "mine.csv"), "text/csv", "Smelter ID,Metal,Smelter Name\n".getBytes(StandardCharsets.UTF_8))
                .status()).as("only the buyer replaces the list").isEqualTo(403);

        Http.Reply cmrt = supplier.postBytes(upload(supplierId, "CMRT-2025.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.5",
                "Minerals Journey Holdings Ltd.",
                Smelter.listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180"),
                Smelter.listed("Gold", "Example Gold Refinery", "ITALY", "CID009001"),
                Smelter.notYetIdentified("Tantalum"),
                Smelter.notListed("Tungsten", "Small Tungsten Works", "Korea, Republic of")));
        assertThat(cmrt.status()).as(cmrt.text()).isEqualTo(201);
        JsonNode declared = cmrt.json();
        assertThat(declared.get("template").asText()).isEqualTo("CMRT");
        assertThat(declared.get("revision").asText()).isEqualTo("6.5");
        assertThat(declared.get("companyName").asText()).isEqualTo("Minerals Journey Holdings Ltd.");
        assertThat(declared.get("evidenceId").asLong()).as("the file is kept as evidence").isPositive();
        assertThat(rows(declared.get("smelters"), "metal", "smelterId", "country", "conformance")).containsExactly(
                tuple("tin", "CID002180", "CN", "CONFORMANT"),
                tuple("gold", "CID009001", "IT", "NOT_CONFORMANT"),
                tuple("tantalum", null, null, "UNKNOWN"),
                tuple("tungsten", null, "KR", "UNKNOWN"));
        assertThat(rows(declared.get("findings"), "metal", "severity", "reason", "indicatorCode", "status")).containsExactlyInAnyOrder(
                tuple("gold", "MAJOR", "NOT_ON_LIST", "MIN-04", "OPEN"),
                tuple("tantalum", "MINOR", "NOT_IDENTIFIED", "MIN-04", "OPEN"),
                tuple("tungsten", "MINOR", "NOT_IDENTIFIED", "MIN-04", "OPEN"));

        Http.Reply emrt = supplier.postBytes(upload(supplierId, "EMRT-2025.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.emrt("2.0",
                "Minerals Journey Holdings Ltd.",
                Smelter.listed("Cobalt", "Umicore", "BELGIUM", "CID002320"),
                Smelter.listed("Copper", "Aurubis AG", "GERMANY", "CID004001"),
                Smelter.listed("Lithium", "Example Lithium Refinery", "CHILE", "CID004201"),
                Smelter.notListed("Nickel", "PT Example Nickel", "INDONESIA")));
        assertThat(emrt.status()).as(emrt.text()).isEqualTo(201);
        assertThat(rows(emrt.json().get("findings"), "metal", "severity", "reason")).containsExactlyInAnyOrder(
                tuple("copper", "MINOR", "LISTED_ACTIVE"),
                tuple("lithium", "MAJOR", "NOT_ON_LIST"),
                tuple("nickel", "MINOR", "NOT_IDENTIFIED"));

        assertThat(rows(supplier.get("api/suppliers/" + supplierId + "/minerals-declarations").json(), "template", "current"))
                .containsExactly(tuple("EMRT", "true"), tuple("CMRT", "true"));
        assertThat(supplier.get("api/suppliers/" + supplierId + "/minerals-findings").json()).hasSize(6);
        assertThat(viewRows(supplierId)).containsExactlyInAnyOrder(
                tuple("CMRT", "gold", "CID009001", "Example Gold Refinery", "IT", "NOT_CONFORMANT"),
                tuple("CMRT", "tantalum", null, "Smelter not yet identified", null, "UNKNOWN"),
                tuple("CMRT", "tin", "CID002180", "Yunnan Tin Company Limited", "CN", "CONFORMANT"),
                tuple("CMRT", "tungsten", null, "Small Tungsten Works", "KR", "UNKNOWN"),
                tuple("EMRT", "cobalt", "CID002320", "Umicore", "BE", "CONFORMANT"),
                tuple("EMRT", "copper", "CID004001", "Aurubis AG", "DE", "NOT_CONFORMANT"),
                tuple("EMRT", "lithium", "CID004201", "Example Lithium Refinery", "CL", "NOT_CONFORMANT"),
                tuple("EMRT", "nickel", null, "PT Example Nickel", "ID", "UNKNOWN"));

        Http.Reply second = importList("2025-09-30", """
                Smelter ID,Metal,Standard Smelter Name,Country,RMAP Status
                CID002180,Tin,Yunnan Tin Company Limited,CHINA,Conformant
                CID009001,Gold,Example Gold Refinery,ITALY,Conformant
                CID002320,Cobalt,Umicore,BELGIUM,Conformant
                CID004001,Copper,Aurubis AG,GERMANY,Conformant
                """);
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.json().get("findingsClosed").asInt()).as("gold and copper at least").isGreaterThanOrEqualTo(2);
        assertThat(rows(supplier.get("api/suppliers/" + supplierId + "/minerals-findings").json(), "metal", "status", "closedBecause"))
                .containsExactlyInAnyOrder(
                        tuple("tantalum", "OPEN", null), tuple("tungsten", "OPEN", null), tuple("lithium", "OPEN", null),
                        tuple("nickel", "OPEN", null), tuple("gold", "CLOSED", "CONFORMANT"), tuple("copper", "CLOSED", "CONFORMANT"));

        Http.Reply newer = supplier.postBytes(upload(supplierId, "CMRT-2025-v2.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.5",
                "Minerals Journey Holdings Ltd.", Smelter.listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180")));
        assertThat(newer.status()).as(newer.text()).isEqualTo(201);
        assertThat(newer.json().get("findings")).isEmpty();
        assertThat(rows(supplier.get("api/suppliers/" + supplierId + "/minerals-declarations").json(), "template", "current"))
                .containsExactly(tuple("CMRT", "true"), tuple("EMRT", "true"), tuple("CMRT", "false"));
        assertThat(rows(supplier.get("api/suppliers/" + supplierId + "/minerals-findings").json(), "metal", "status", "closedBecause"))
                .contains(tuple("tantalum", "CLOSED", "SUPERSEDED"), tuple("tungsten", "CLOSED", "SUPERSEDED"), tuple("lithium", "OPEN", null));
        assertThat(viewRows(supplierId)).filteredOn(r -> r.toList().get(0).equals("CMRT"))
                .containsExactly(tuple("CMRT", "tin", "CID002180", "Yunnan Tin Company Limited", "CN", "CONFORMANT"));

        assertThat(audited("MineralsDeclaration", newer.json().get("id").asText())).as("the upload is in the audit trail").contains("CREATE");
        assertThat(audited("ConformantSmelterList", second.json().get("list").get("id").asText())).contains("CREATE");
        assertThat(supplier.get("api/suppliers/" + supplierId + "/evidence").json().toString()).contains("CMRT-2025.xlsx", "EMRT-2025.xlsx");
    }

    @Test
    void aMalformedFileIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        long supplierId = MineralsFixtures.newSupplier("Minerals refusals");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(supplierId), AssessmentFixtures.PASSWORD);
        Smelter tin = Smelter.listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180");

        assertRefused(supplier.postBytes(upload(supplierId, "old.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("5.12", "Old Co.", tin)),
                "This is a CMRT revision 5.12; supported revisions are 6.01 to 6.5.");
        assertRefused(supplier.postBytes(upload(supplierId, "cut.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrtWithoutSmelterList("Cut Co.")),
                "Sheet \"Smelter List\" is missing: this is not a complete RMI CMRT or EMRT.");
        assertRefused(supplier.postBytes(upload(supplierId, "zinc.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.5", "Zinc Co.", tin,
                        Smelter.notListed("Zinc", "Zinc Works", "CHINA"))),
                "Row 6: metal \"Zinc\" is not a CMRT metal; a CMRT revision 6.5 lists Tin, Tantalum, Tungsten, Gold.");
        assertRefused(supplier.postBytes(upload(supplierId, "cmrt.xlsx"), MineralsFixtures.XLSX, EvidenceIT.pdf("not a workbook")),
                "The file is not an Excel workbook (.xlsx or .xls): upload the RMI template as Excel saved it.");
        assertRefused(supplier.postBytes(upload(supplierId, "empty.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.5", "Empty Co.")),
                "Sheet \"Smelter List\" names no smelter or refiner.");

        assertThat(supplier.get("api/suppliers/" + supplierId + "/minerals-declarations").json()).isEmpty();
        assertThat(supplier.get("api/suppliers/" + supplierId + "/evidence").json()).as("no file kept either").isEmpty();
        assertThat(count("SELECT count(*) FROM minerals_declaration WHERE supplier_id = ?", supplierId)).isZero();
    }

    @Test
    void anotherCompanyReadsNoneOfIt() {
        String marker = "Isolated Minerals " + System.nanoTime();
        long companyA = MineralsFixtures.newSupplier("Minerals owner");
        long companyB = MineralsFixtures.newSupplier("Minerals neighbour");
        Http a = Http.basic(AssessmentFixtures.supplierUser(companyA), AssessmentFixtures.PASSWORD);
        Http.Reply uploaded = a.postBytes(upload(companyA, "cmrt.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.4", marker,
                Smelter.notYetIdentified("Gold")));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);

        String userB = AssessmentFixtures.supplierUser(companyB);
        Http b = Http.basic(userB, AssessmentFixtures.PASSWORD);
        for (Http.Reply reply : List.of(b.get("api/suppliers/" + companyA + "/minerals-declarations"),
                b.get("api/suppliers/" + companyA + "/minerals-findings"),
                b.postBytes(upload(companyA, "planted.xlsx"), MineralsFixtures.XLSX, MineralsFixtures.cmrt("6.5", "Planted",
                        Smelter.notYetIdentified("Tin"))))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.text()).doesNotContain(marker);
        }
        Http.Reply page = Http.formLogin(userB, AssessmentFixtures.PASSWORD).get("app/minerals.xhtml?supplier=" + companyA);
        assertThat(page.status()).as("a supplier user sees its own company's page").isEqualTo(200);
        assertThat(page.text()).doesNotContain(marker);
        assertThat(a.get("api/suppliers/" + companyA + "/minerals-declarations").json()).hasSize(1);
        assertThat(buyer.get("api/suppliers/" + companyA + "/minerals-declarations").json().get(0).get("companyName").asText()).isEqualTo(marker);
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo(message);
    }

    /** The named fields of each element, as text; null where a field is absent or null. */
    private static List<Tuple> rows(JsonNode array, String... fields) {
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode element : array) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                JsonNode value = element.get(fields[i]);
                values[i] = value == null || value.isNull() ? null : value.asText();
            }
            rows.add(tuple(values));
        }
        return rows;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
    }

    private static List<Tuple> viewRows(long supplierId) throws Exception {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT template, metal, smelter_id, smelter_name, country, conformance"
                     + " FROM current_declared_smelter WHERE supplier_id = ? ORDER BY template, metal")) {
            query.setLong(1, supplierId);
            try (ResultSet rs = query.executeQuery()) {
                List<Tuple> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
                return rows;
            }
        }
    }

    private static List<String> audited(String type, String id) throws Exception {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT action FROM audit_entry WHERE entity_type = ? AND entity_id = ?")) {
            query.setString(1, type);
            query.setString(2, id);
            try (ResultSet rs = query.executeQuery()) {
                List<String> actions = new ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        }
    }

    private static long count(String sql, long supplierId) throws Exception {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, supplierId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
