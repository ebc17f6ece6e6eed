package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.CatalogueWorkbook.Band;
import org.supplieresg.reports.CatalogueWorkbook.Content;
import org.supplieresg.reports.CatalogueWorkbook.Dimension;
import org.supplieresg.reports.CatalogueWorkbook.Indicator;
import org.supplieresg.reports.CatalogueWorkbook.Level;
import org.supplieresg.reports.CatalogueWorkbook.Reference;
import org.supplieresg.reports.CatalogueWorkbookReader.Problem;
import org.supplieresg.reports.CatalogueWorkbookReader.Reading;

class CatalogueWorkbookTest {

    private static final Indicator CHILD_LABOUR = new Indicator("LAB-01", "LAB", 1, "YES_NO", null, new BigDecimal("10"),
            false, true, true, "Is the site free of child labour?", "工厂是否不存在童工？", "Check ages.", "核查年龄。",
            "Age records", "年龄记录", List.of(), List.of(), List.of(new Reference("ILO", "C138"), new Reference("GRI", "408-1")));
    private static final Indicator INTENSITY = new Indicator("CLI-01", "CLI", 1, "NUMERIC", "t CO2e / t", new BigDecimal("6.5"),
            true, false, false, "Carbon intensity?", "碳强度？", "Per tonne.", "每吨。", "Inventory", "清单", List.of(),
            List.of(new Band(null, new BigDecimal("1.5"), new BigDecimal("100")), new Band(new BigDecimal("1.5"), null, BigDecimal.ZERO)),
            List.of(new Reference("GHG_PROTOCOL", "Corporate Standard ch. 9")));
    private static final Indicator POLICY = new Indicator("CLI-02", "CLI", 2, "MATURITY", null, new BigDecimal("8"), false,
            false, false, "Climate policy maturity?", "气候政策成熟度？", "Levels.", "等级。", "Policy", "方针",
            List.of(new Level(0, "None", "无"), new Level(1, "Draft", "草案"), new Level(2, "Signed", "已签署"),
                    new Level(3, "Targets", "有目标"), new Level(4, "Verified", "已核证")),
            List.of(), List.of());
    private static final Content CONTENT = new Content("Catalogue 2027", "Weights for 2027", null,
            List.of(new Dimension("CLI", 1, "Climate and carbon", "气候与碳", new BigDecimal("60"), 2),
                    new Dimension("LAB", 2, "Labour and human rights", "劳工与人权", new BigDecimal("40"), 0)),
            List.of(INTENSITY, POLICY, CHILD_LABOUR));

    @Test
    void whatIsWrittenReadsBackUnchanged() throws IOException {
        Reading reading = CatalogueWorkbookReader.read(new ByteArrayInputStream(write(CONTENT)));

        assertThat(reading.problems()).isEmpty();
        Content read = reading.content();
        assertThat(read.label()).isEqualTo("Catalogue 2027");
        assertThat(read.basedOnVersion()).isEqualTo(3);
        assertThat(read.dimensions()).isEqualTo(CONTENT.dimensions());
        assertThat(read.indicators()).usingRecursiveFieldByFieldElementComparator().isEqualTo(CONTENT.indicators());
    }

    @Test
    void columnsAreFoundByTheirHeaderWhereverTheyStand() throws IOException {
        XSSFWorkbook workbook = open(write(CONTENT));
        Sheet dimensions = workbook.getSheet("dimensions");
        dimensions.shiftColumns(0, 0, 10); // move "code" to column K
        byte[] moved = bytes(workbook);

        Reading reading = CatalogueWorkbookReader.read(new ByteArrayInputStream(moved));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.content().dimensions()).extracting(Dimension::code).containsExactly("CLI", "LAB");
    }

    @Test
    void everyProblemOfFormIsListedWithSheetAndRow() throws IOException {
        XSSFWorkbook workbook = open(write(CONTENT));
        Sheet indicators = workbook.getSheet("indicators");
        Row second = indicators.getRow(2);
        second.getCell(5).setCellValue("eight"); // max_points
        second.getCell(7).setCellValue("perhaps"); // red_flag
        workbook.getSheet("bands").getRow(1).getCell(0).setCellValue("CLI-99");
        workbook.getSheet("dimensions").getRow(1).getCell(5).setCellValue(1.5); // max_not_applicable

        Reading reading = CatalogueWorkbookReader.read(new ByteArrayInputStream(bytes(workbook)));

        assertThat(reading.problems()).extracting(Problem::sheet, Problem::row, Problem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("dimensions", 2, "catalogue.file.notWholeNumber"),
                org.assertj.core.groups.Tuple.tuple("indicators", 3, "catalogue.file.notNumber"),
                org.assertj.core.groups.Tuple.tuple("indicators", 3, "catalogue.file.notBoolean"),
                org.assertj.core.groups.Tuple.tuple("bands", 2, "catalogue.file.unknownIndicator"));
    }

    @Test
    void aMissingSheetOrColumnIsNamed() throws IOException {
        XSSFWorkbook workbook = open(write(CONTENT));
        workbook.removeSheetAt(workbook.getSheetIndex("levels"));
        workbook.getSheet("indicators").getRow(0).getCell(10).setCellValue("chinese");
        Reading missingSheet = CatalogueWorkbookReader.read(new ByteArrayInputStream(bytes(workbook)));
        assertThat(missingSheet.content()).isNull();
        assertThat(missingSheet.problems()).extracting(Problem::messageKey, Problem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogue.file.sheetMissing", List.of("levels")));

        XSSFWorkbook other = open(write(CONTENT));
        other.getSheet("indicators").getRow(0).getCell(10).setCellValue("chinese");
        Reading missingColumn = CatalogueWorkbookReader.read(new ByteArrayInputStream(bytes(other)));
        assertThat(missingColumn.content()).isNull();
        assertThat(missingColumn.problems()).extracting(Problem::messageKey, Problem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogue.file.columnMissing", List.of("indicators", "text_zh")));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAReason() {
        Reading reading = CatalogueWorkbookReader.read(new ByteArrayInputStream("code;weight\nCLI;20\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(reading.content()).isNull();
        assertThat(reading.problems()).singleElement().extracting(Problem::messageKey).isEqualTo("catalogue.file.unreadable");
    }

    private static byte[] write(Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWorkbook.write(content, 3, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }
}
