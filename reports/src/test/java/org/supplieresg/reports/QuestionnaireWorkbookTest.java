package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.QuestionnaireWorkbook.Entry;
import org.supplieresg.reports.QuestionnaireWorkbook.Header;
import org.supplieresg.reports.QuestionnaireWorkbook.Question;

class QuestionnaireWorkbookTest {

    private static final Header HEADER = new Header(1042, "Hunan Xinyuan Cathode Materials Co., Ltd.", "Cathode 2027", "2027-03-31", 1);
    private static final List<Question> QUESTIONS = List.of(
            new Question("MGT-01", "MGT", "How mature?", "成熟度如何？", "MATURITY", null, false, "3", null, "Accepted"),
            new Question("MGT-02", "MGT", "Certified scope?", "认证范围？", "YES_NO", null, true, null, null, null),
            new Question("CLI-05", "CLI", "Energy use?", "能耗？", "NUMERIC", "MWh", true, "1250.5", "metered", null),
            new Question("CLI-20", "CLI", "Scope 3 share?", "范围三占比？", "CALCULATED", "%", false, null, null, null));

    @Test
    void questionColumnsAreLockedAnswersOfferTheirChoicesAndWhatIsFilledReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionnaireWorkbook.write(HEADER, QUESTIONS, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Questionnaire 问卷");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Answer\n回答");
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getLocked()).as("question locked").isTrue();
            assertThat(sheet.getRow(2).getCell(7).getCellStyle().getLocked()).as("answer editable").isFalse();
            assertThat(sheet.getRow(5).getCell(7).getCellStyle().getLocked()).as("calculated: nothing to type").isTrue();
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("YES, NO, N/A");
            assertThat(sheet.getDataValidations()).hasSize(3);
            assertThat(sheet.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(1250.5);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).contains("yellow cells");

            sheet.getRow(3).getCell(7).setCellValue("N/A");
            sheet.getRow(4).getCell(7).setCellValue(1300);
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            workbook.write(filled);

            QuestionnaireWorkbook.Reading reading = QuestionnaireWorkbook.read(new ByteArrayInputStream(filled.toByteArray()));
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.assessmentId()).isEqualTo(1042L);
            assertThat(reading.entries()).containsExactly(new Entry(3, "MGT-01", "3", null), new Entry(4, "MGT-02", "N/A", null),
                    new Entry(5, "CLI-05", "1300", "metered"));
        }
    }

    @Test
    void somethingElseThanTheQuestionnaireWorkbookIsRefusedWithAReason() {
        QuestionnaireWorkbook.Reading reading = QuestionnaireWorkbook.read(new ByteArrayInputStream("MGT-01;3".getBytes(StandardCharsets.UTF_8)));
        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).singleElement().extracting(QuestionnaireWorkbook.Problem::messageKey)
                .isEqualTo("questionnaire.file.unreadable");
    }
}
