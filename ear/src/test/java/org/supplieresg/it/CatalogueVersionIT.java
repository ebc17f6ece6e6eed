package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catalogue versions through Excel: an admin exports the version in force, changes weights and texts, imports it as a
 * draft, sees whose tier would move, and publishes it; everyone is rescored under the new weights while running
 * campaigns keep their questions. A broken workbook is refused with every problem listed, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueVersionIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http admin = Http.basic("admin", "demo");
    private final Http buyer = Http.basic("buyer", "demo");

    @Test
    void newWeightsArePreviewedThenPublishedAndEveryoneIsRescored() throws IOException {
        int original = versionInForce();
        // Supplier 8 is strong everywhere but in climate: every yes/no climate question answered no, every level 0.
        long assessment = AssessmentFixtures.launchFor(8, "Weights");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(8), AssessmentFixtures.PASSWORD);
        Map<String, Object> weakClimate = new HashMap<>();
        AssessmentFixtures.catalogue().forEach((code, indicator) -> {
            if (code.startsWith("CLI-") && indicator.get("answerType").asText().equals("YES_NO")) {
                weakClimate.put(code, Map.of("yes", false));
            } else if (code.startsWith("CLI-") && indicator.get("answerType").asText().equals("MATURITY")) {
                weakClimate.put(code, Map.of("maturityLevel", 0));
            }
        });
        AssessmentFixtures.answerTheRest(supplier, assessment, weakClimate);
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        JsonNode before = buyer.post("api/assessments/" + assessment + "/score", "{}").json();

        byte[] exported = admin.getBytes("api/catalogue-versions/" + original + "/workbook");
        // Climate weighs 30 % instead of 20 %, taken from energy/water (10 -> 5) and circularity (7 -> 2).
        byte[] edited = edit(exported, workbook -> {
            setWeight(workbook, "CLI", 30);
            setWeight(workbook, "ENV", 5);
            setWeight(workbook, "CIR", 2);
            Row cli01 = row(workbook.getSheet("indicators"), "CLI-01");
            cli01.getCell(column(workbook.getSheet("indicators"), "text_en")).setCellValue(
                    cli01.getCell(column(workbook.getSheet("indicators"), "text_en")).getStringCellValue() + " (2027 wording)");
            workbook.getSheet("version").getRow(1).getCell(1).setCellValue("Weights 2027");
        });

        assertThat(buyer.postBytes("api/catalogue-versions", XLSX, edited).status()).as("only an admin imports").isEqualTo(403);
        Http.Reply imported = admin.postBytes("api/catalogue-versions", XLSX, edited);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        int draft = imported.json().get("versionNo").asInt();
        assertThat(imported.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(imported.json().get("indicators").asInt()).isEqualTo(135);
        assertThat(imported.json().get("basedOn").asInt()).isEqualTo(original);
        try {
            JsonNode differences = admin.get("api/catalogue-versions/" + draft + "/differences").json();
            List<String> listed = new ArrayList<>();
            differences.forEach(d -> listed.add(d.get("code").asText() + " " + d.get("what").asText() + " "
                    + d.path("before").asText() + " -> " + d.path("after").asText()));
            assertThat(listed).contains("CLI weight_percent 20 -> 30", "ENV weight_percent 10 -> 5", "CIR weight_percent 7 -> 2");
            assertThat(listed).anyMatch(d -> d.startsWith("CLI-01 text_en ") && d.endsWith("(2027 wording)"));
            assertThat(listed).hasSize(4);

            JsonNode preview = admin.get("api/catalogue-versions/" + draft + "/rescoring-preview").json();
            JsonNode eight = find(preview, 8);
            assertThat(eight).as("supplier 8 would move").isNotNull();
            assertThat(eight.get("supplierName").asText()).isNotBlank();
            BigDecimal expected = eight.get("totalAfter").decimalValue();
            assertThat(expected).isLessThan(before.get("total").decimalValue());
            assertThat(buyer.get("api/suppliers/8/score").json().get("total").decimalValue())
                    .as("a preview stores nothing").isEqualByComparingTo(before.get("total").decimalValue());

            assertThat(buyer.post("api/catalogue-versions/" + draft + "/publish", "{}").status()).as("only an admin publishes").isEqualTo(403);
            Http.Reply published = admin.post("api/catalogue-versions/" + draft + "/publish", "{}");
            assertThat(published.status()).as(published.text()).isEqualTo(200);
            assertThat(versionInForce()).isEqualTo(draft);
            assertThat(status(original)).isEqualTo("RETIRED");

            JsonNode after = buyer.get("api/suppliers/8/score").json();
            assertThat(after.get("total").decimalValue()).isEqualByComparingTo(expected);
            assertThat(after.get("catalogueVersion").asInt()).as("the questions answered").isEqualTo(original);
            assertThat(after.get("rulesVersion").asInt()).as("the weights that scored them").isEqualTo(draft);
            assertThat(catalogueVersionOf(assessment)).as("a running campaign keeps its version").isEqualTo(original);
            assertThat(catalogueVersionOf(AssessmentFixtures.launchFor(9, "After publication"))).isEqualTo(draft);
            assertThat(admin.post("api/catalogue-versions/" + draft + "/publish", "{}").status())
                    .as("a version in force is not a draft").isEqualTo(400);
        } finally {
            restore(original);
        }
        assertThat(buyer.get("api/suppliers/8/score").json().get("total").decimalValue())
                .as("the original weights give the original score").isEqualByComparingTo(before.get("total").decimalValue());
    }

    @Test
    void aBrokenWorkbookIsRefusedWithEveryProblemAndNothingIsStored() throws IOException {
        int versions = admin.get("api/catalogue-versions").json().size();
        byte[] exported = admin.getBytes("api/catalogue-versions/" + versionInForce() + "/workbook");
        byte[] broken = edit(exported, workbook -> {
            setWeight(workbook, "CLI", 21);
            Sheet indicators = workbook.getSheet("indicators");
            row(indicators, "LAB-04").getCell(column(indicators, "code")).setCellValue("LAB-03");
            row(indicators, "MIN-01").getCell(column(indicators, "text_zh")).setCellValue(" ");
            row(indicators, "ETH-02").getCell(column(indicators, "max_points")).setCellValue("ten");
        });

        Http.Reply refused = admin.postBytes("api/catalogue-versions", XLSX, broken);

        assertThat(refused.status()).isEqualTo(400);
        List<String> messages = new ArrayList<>();
        refused.json().get("errors").forEach(e -> messages.add(e.get("message").asText()));
        assertThat(messages).contains(
                "The dimension weights add up to 101 %, not 100 %.",
                "The indicator code LAB-03 appears more than once.",
                "MIN-01: text_zh is missing; every text needs both English and Chinese.");
        assertThat(messages).anyMatch(m -> m.startsWith("Sheet \"indicators\", row ") && m.endsWith("column max_points: \"ten\" is not a number."));
        assertThat(admin.get("api/catalogue-versions").json().size()).as("nothing stored").isEqualTo(versions);

        Http.Reply notExcel = admin.postBytes("api/catalogue-versions", XLSX, "code,weight\nCLI,20\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.status()).isEqualTo(400);
        assertThat(notExcel.json().get("errors").get(0).get("message").asText()).startsWith("The file is not an Excel workbook");
        Http.Reply empty = admin.postBytes("api/catalogue-versions", XLSX, new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("message").asText()).isEqualTo("The file is empty.");
        assertThat(admin.get("api/catalogue-versions").json().size()).isEqualTo(versions);
    }

    @Test
    void aDraftCanBeDiscarded() throws IOException {
        int inForce = versionInForce();
        byte[] exported = admin.getBytes("api/catalogue-versions/" + inForce + "/workbook");
        Http.Reply imported = admin.postBytes("api/catalogue-versions", XLSX, exported);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        int draft = imported.json().get("versionNo").asInt();
        assertThat(admin.get("api/catalogue-versions/" + draft + "/differences").json()).as("an unchanged copy").isEmpty();

        assertThat(admin.delete("api/catalogue-versions/" + draft).status()).isEqualTo(204);
        assertThat(admin.get("api/catalogue-versions/" + draft + "/differences").status()).isEqualTo(404);
        assertThat(admin.delete("api/catalogue-versions/" + inForce).status()).as("the version in force stays").isEqualTo(400);
        assertThat(versionInForce()).isEqualTo(inForce);
    }

    /** Puts the original weights back in force, so that other tests see the seeded catalogue's figures. */
    private void restore(int original) throws IOException {
        if (versionInForce() == original) {
            return;
        }
        byte[] copy = admin.getBytes("api/catalogue-versions/" + original + "/workbook");
        Http.Reply imported = admin.postBytes("api/catalogue-versions", XLSX, copy);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        Http.Reply published = admin.post("api/catalogue-versions/" + imported.json().get("versionNo").asInt() + "/publish", "{}");
        assertThat(published.status()).as(published.text()).isEqualTo(200);
    }

    private int versionInForce() {
        for (JsonNode v : admin.get("api/catalogue-versions").json()) {
            if (v.get("status").asText().equals("PUBLISHED")) {
                return v.get("versionNo").asInt();
            }
        }
        throw new AssertionError("no version in force");
    }

    private int catalogueVersionOf(long assessment) {
        long campaign = buyer.get("api/assessments/" + assessment).json().get("assessment").get("campaignId").asLong();
        return buyer.get("api/campaigns/" + campaign).json().get("catalogueVersion").asInt();
    }

    private String status(int versionNo) {
        for (JsonNode v : admin.get("api/catalogue-versions").json()) {
            if (v.get("versionNo").asInt() == versionNo) {
                return v.get("status").asText();
            }
        }
        throw new AssertionError("no version " + versionNo);
    }

    private static JsonNode find(JsonNode changes, long supplierId) {
        for (JsonNode change : changes) {
            if (change.get("supplierId").asLong() == supplierId) {
                return change;
            }
        }
        return null;
    }

    static byte[] edit(byte[] workbookBytes, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void setWeight(XSSFWorkbook workbook, String dimension, double weight) {
        Sheet dimensions = workbook.getSheet("dimensions");
        row(dimensions, dimension).getCell(column(dimensions, "weight_percent")).setCellValue(weight);
    }

    static Row row(Sheet sheet, String code) {
        int codeColumn = column(sheet, "code");
        for (Row row : sheet) {
            if (row.getCell(codeColumn) != null && code.equals(row.getCell(codeColumn).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(code + " not on sheet " + sheet.getSheetName());
    }

    static int column(Sheet sheet, String name) {
        for (var cell : sheet.getRow(0)) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name + " on sheet " + sheet.getSheetName());
    }
}
