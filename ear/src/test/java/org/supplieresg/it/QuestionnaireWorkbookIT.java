package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The questionnaire's Excel round trip: download, fill offline, upload; all or nothing, with every wrong row listed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireWorkbookIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int ANSWER = 7;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void aWorkbookFilledOfflineIsTakenBackAllOrNothing() throws IOException {
        long assessment = AssessmentFixtures.launchFor(17, "Offline");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(17), AssessmentFixtures.PASSWORD);
        byte[] blank = supplier.getBytes("api/assessments/" + assessment + "/workbook");
        Map<String, JsonNode> catalogue = AssessmentFixtures.catalogue();

        byte[] wrong = CatalogueVersionIT.edit(blank, workbook -> {
            fillBest(workbook.getSheet("Questionnaire 问卷"), catalogue);
            answer(workbook.getSheet("Questionnaire 问卷"), "MGT-02", "maybe");
            answer(workbook.getSheet("Questionnaire 问卷"), "MGT-01", "7");
            answer(workbook.getSheet("Questionnaire 问卷"), "LAB-01", "N/A"); // a red flag: "not applicable" is not allowed
        });
        Http.Reply refused = supplier.postBytes("api/assessments/" + assessment + "/workbook", XLSX, wrong);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        refused.json().get("errors").forEach(e -> problems.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(problems).hasSize(3);
        assertThat(problems).anyMatch(p -> p.matches("row \\d+ MGT-02: Row \\d+, MGT-02: “maybe” is not YES, NO or N/A\\."));
        assertThat(problems).anyMatch(p -> p.matches("row \\d+ MGT-01: Row \\d+, MGT-01: “7” is not a level from 0 to 4 \\(or N/A\\)\\."));
        assertThat(problems).anyMatch(p -> p.startsWith("row ") && p.contains("LAB-01"));
        JsonNode untouched = supplier.get("api/assessments/" + assessment).json().get("assessment");
        assertThat(untouched.get("answered").asInt()).as("nothing half-imported").isZero();

        byte[] right = CatalogueVersionIT.edit(blank, workbook -> fillBest(workbook.getSheet("Questionnaire 问卷"), catalogue));
        Http.Reply taken = supplier.postBytes("api/assessments/" + assessment + "/workbook", XLSX, right);
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        JsonNode progress = taken.json().get("questionnaire").get("assessment");
        assertThat(taken.json().get("saved").asInt()).isEqualTo(progress.get("answerable").asInt());
        assertThat(progress.get("answered").asInt()).isEqualTo(progress.get("answerable").asInt());
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);

        Http.Reply locked = supplier.postBytes("api/assessments/" + assessment + "/workbook", XLSX, right);
        assertThat(locked.status()).as("after submission").isEqualTo(400);

        long other = AssessmentFixtures.launchFor(17, "Another offline");
        Http.Reply mixedUp = supplier.postBytes("api/assessments/" + other + "/workbook", XLSX, right);
        assertThat(mixedUp.status()).isEqualTo(400);
        assertThat(mixedUp.json().get("errors").get(0).get("message").asText())
                .isEqualTo("This workbook belongs to questionnaire " + assessment + ", not to questionnaire " + other + ".");
        assertThat(Http.basic("supplier", "demo").get("api/assessments/" + assessment + "/workbook", "*/*").status())
                .as("another company's questionnaire").isEqualTo(404);
    }

    /** The best answer in every row that takes one, as a supplier would type it. */
    static void fillBest(Sheet sheet, Map<String, JsonNode> catalogue) {
        for (Row row : sheet) {
            Cell code = row.getCell(0);
            if (row.getRowNum() < 2 || code == null || !catalogue.containsKey(code.getStringCellValue())) {
                continue;
            }
            JsonNode indicator = catalogue.get(code.getStringCellValue());
            Map<String, Object> best = AssessmentFixtures.bestAnswer(indicator);
            Cell answer = row.getCell(ANSWER) == null ? row.createCell(ANSWER) : row.getCell(ANSWER);
            switch (indicator.get("answerType").asText()) {
                case "YES_NO" -> answer.setCellValue("YES");
                case "MATURITY" -> answer.setCellValue(4);
                case "NUMERIC" -> answer.setCellValue(((java.math.BigDecimal) best.get("value")).doubleValue());
                default -> {
                    // calculated: nothing to type
                }
            }
        }
    }

    static void answer(Sheet sheet, String code, String value) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(ANSWER).setCellValue(value);
                return;
            }
        }
        throw new AssertionError(code + " not in the workbook");
    }
}
