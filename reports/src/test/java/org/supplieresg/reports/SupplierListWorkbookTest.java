package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SupplierListWorkbookTest {

    private static final SupplierListWorkbook.Labels ENGLISH = new SupplierListWorkbook.Labels("Suppliers", "About",
            List.of("Id", "Legal name", "Local-language name", "Country", "Region", "Industry", "Spend category",
                    "Annual spend", "Currency", "Tier", "Sells to", "Status"),
            "Generated at", "Filters", "Rows");

    private static final SupplierListWorkbook.Row HUNAN = new SupplierListWorkbook.Row(1, "Hunan Xinyuan Cathode Materials Co., Ltd.",
            "湖南新源正极材料有限公司", "CN", "Hunan", "NAICS 325180", "Cathode materials", new BigDecimal("386500000.00"), "CNY",
            "Tier-1", null, "Active");
    private static final SupplierListWorkbook.Row MINE = new SupplierListWorkbook.Row(44, "Kolwezi Cobalt Mining SARL", null,
            "CD", "Lualaba", "NAICS 212230", "Cobalt", new BigDecimal("0.00"), "USD", "Tier-2", "Jiangsu Haichuan Cobalt Industry Co., Ltd.", "Active");

    @Test
    void writesOneRowPerSupplierUnderAFrozenFilterableHeader() throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("Country", "all");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = SupplierListWorkbook.write(List.of(HUNAN, MINE).iterator(), ENGLISH, filters,
                Instant.parse("2026-11-23T10:00:00Z"), out);

        assertThat(written).isEqualTo(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Suppliers");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Legal name");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("湖南新源正极材料有限公司");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(386_500_000.00);
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("CNY");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).startsWith("Jiangsu Haichuan");
            assertThat(sheet.getRow(2).getCell(2)).as("no local name, no cell").isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L3");

            Sheet about = book.getSheet("About");
            assertThat(about.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2026-11-23T10:00:00Z");
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2");
            assertThat(about.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Country");
        }
    }

    @Test
    void streamsTenThousandSuppliers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = SupplierListWorkbook.write(IntStream.range(0, 10_000).mapToObj(i -> new SupplierListWorkbook.Row(i,
                "Supplier " + i, null, "CN", null, "NAICS 331410", "Nickel", BigDecimal.valueOf(i), "CNY", "Tier-1", null, "Active"))
                .iterator(), ENGLISH, Map.of(), Instant.now(), out);
        assertThat(written).isEqualTo(10_000);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Suppliers").getLastRowNum()).isEqualTo(10_000);
            assertThat(book.getSheet("Suppliers").getRow(10_000).getCell(1).getStringCellValue()).isEqualTo("Supplier 9999");
        }
    }

    @Test
    void refusesLabelsWithoutOneHeaderPerColumn() {
        assertThatThrownBy(() -> new SupplierListWorkbook.Labels("S", "A", List.of("only one"), "g", "f", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 headers");
    }
}
