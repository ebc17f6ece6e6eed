package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.SupplierImportWorkbook.Problem;
import org.supplieresg.reports.SupplierImportWorkbook.Reading;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;

/** CSV (comma or semicolon, with or without BOM) and the first sheet of an .xlsx, read into named columns. */
class TableReaderTest {

    private static final List<String> REQUIRED = List.of("factor_key", "kg_co2e");

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsACommaSeparatedFile() {
        Reading reading = TableReader.read(utf8("""
                factor_key,kg_co2e,unit
                DESNZ-2024/fuel/diesel-average-biofuel-blend/L,2.51279,L
                DESNZ-2024/electricity/uk-grid/kWh,0.20705,kWh
                """), "factors.csv", REQUIRED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).containsExactly(
                new RowValues(2, Map.of("factor_key", "DESNZ-2024/fuel/diesel-average-biofuel-blend/L", "kg_co2e", "2.51279", "unit", "L")),
                new RowValues(3, Map.of("factor_key", "DESNZ-2024/electricity/uk-grid/kWh", "kg_co2e", "0.20705", "unit", "kWh")));
    }

    @Test
    void readsSemicolonsAfterAByteOrderMarkAsExcelSavesThem() {
        // Excel's "CSV UTF-8" in a European locale: BOM, semicolons, decimal commas that must stay inside their field
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Factor_Key ; KG_CO2E;name_zh\r\nMEE/electricity/cn-grid-2022/kWh;0,5366;2022年全国电力平均二氧化碳排放因子\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        Reading reading = TableReader.read(new ByteArrayInputStream(file), "Factors.CSV", REQUIRED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            // the BOM did not become part of the first column's name; names are trimmed and lower case
            assertThat(row.get("factor_key")).isEqualTo("MEE/electricity/cn-grid-2022/kWh");
            assertThat(row.get("kg_co2e")).isEqualTo("0,5366");
            assertThat(row.get("name_zh")).isEqualTo("2022年全国电力平均二氧化碳排放因子");
        });
    }

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        Reading reading = TableReader.read(utf8("""
                factor_key,kg_co2e,name_en
                DESNZ-2024/fuel/diesel-average-biofuel-blend/L,2.51279,"Diesel (average biofuel blend), per litre"
                EPA-SCEF-1.3/naics/315240/USD,0.12,"Women's, Girls', and Infants' ""Cut and Sew"" Apparel"
                """), "factors.txt", REQUIRED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).extracting(r -> r.get("name_en")).containsExactly(
                "Diesel (average biofuel blend), per litre",
                "Women's, Girls', and Infants' \"Cut and Sew\" Apparel");
    }

    @Test
    void blankLinesAndBlankCellsAreSkippedButKeepTheLineNumbers() {
        Reading reading = TableReader.read(utf8("factor_key,kg_co2e,note\n"
                + "A/fuel/x/L,1,\n"
                + "\n"
                + ",,\n"
                + "B/fuel/y/L, 2 ,  \n"), "f.csv", REQUIRED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).containsExactly(
                new RowValues(2, Map.of("factor_key", "A/fuel/x/L", "kg_co2e", "1")),
                new RowValues(5, Map.of("factor_key", "B/fuel/y/L", "kg_co2e", "2")));
    }

    @Test
    void aMissingRequiredColumnIsReportedPerColumn() {
        Reading reading = TableReader.read(utf8("factor_key,unit\nA/fuel/x/L,L\n"), "f.csv", List.of("factor_key", "kg_co2e", "gwp_set"));

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new Problem(1, "import.file.columnMissing", List.of("kg_co2e")),
                new Problem(1, "import.file.columnMissing", List.of("gwp_set")));
    }

    @Test
    void anUnknownExtensionIsRefused() {
        assertThat(TableReader.read(utf8("factor_key,kg_co2e\n"), "factors.xls", REQUIRED).problems())
                .containsExactly(new Problem(0, "import.file.type", List.of("factors.xls")));
        assertThat(TableReader.read(utf8("x"), "factors.pdf", REQUIRED).problems())
                .extracting(Problem::messageKey).containsExactly("import.file.type");
        assertThat(TableReader.read(utf8("x"), null, REQUIRED).problems())
                .containsExactly(new Problem(0, "import.file.type", List.of("null")));
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertThat(TableReader.read(utf8(""), "empty.csv", REQUIRED).problems())
                .extracting(Problem::messageKey).containsExactly("import.file.noRows");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxBuiltWithPoi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("factors");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(" Factor_Key ");
            header.createCell(1).setCellValue("KG_CO2E");
            header.createCell(3).setCellValue("data_year");
            Row diesel = sheet.createRow(1);
            diesel.createCell(0).setCellValue("DESNZ-2024/fuel/diesel-average-biofuel-blend/L");
            diesel.createCell(1).setCellValue(2.51279);
            diesel.createCell(2).setCellValue("not under a named column");
            diesel.createCell(3).setCellValue(2024);
            // row 3 left out entirely; row 4 has cells, all blank
            Row blank = sheet.createRow(3);
            blank.createCell(0).setCellValue("   ");
            Row grid = sheet.createRow(4);
            grid.createCell(0).setCellValue("MEE/electricity/cn-grid-2022/kWh");
            grid.createCell(1).setCellValue(0.5366);
            grid.createCell(3).setCellFormula("2020+2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("factor_key");
            workbook.write(out);
        }

        Reading reading = TableReader.read(new ByteArrayInputStream(out.toByteArray()), "Factors.XLSX", REQUIRED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).containsExactly(
                new RowValues(2, Map.of("factor_key", "DESNZ-2024/fuel/diesel-average-biofuel-blend/L", "kg_co2e", "2.51279", "data_year", "2024")),
                new RowValues(5, Map.of("factor_key", "MEE/electricity/cn-grid-2022/kWh", "kg_co2e", "0.5366", "data_year", "2022")));
    }

    @Test
    void anXlsxWithoutARequiredColumnIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet("factors").createRow(0);
            header.createCell(0).setCellValue("factor_key");
            header.createCell(1).setCellValue("unit");
            workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue("A/fuel/x/L");
            workbook.write(out);
        }

        Reading reading = TableReader.read(new ByteArrayInputStream(out.toByteArray()), "f.xlsx", REQUIRED);

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.problems()).containsExactly(new Problem(1, "import.file.columnMissing", List.of("kg_co2e")));
    }

    @Test
    void aFileThatIsNotAWorkbookIsUnreadable() {
        assertThat(TableReader.read(utf8("factor_key,kg_co2e\n"), "renamed.xlsx", REQUIRED).problems())
                .extracting(Problem::messageKey).containsExactly("import.file.unreadable");
    }
}
