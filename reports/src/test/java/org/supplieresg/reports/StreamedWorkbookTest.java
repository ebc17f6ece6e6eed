package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The parts of POI's sheet writer that {@link StreamedWorkbook} replaces write what POI's own would. */
class StreamedWorkbookTest {

    private static final List<String> TEXTS = List.of("Hunan Xinyuan Cathode Materials Co., Ltd.", "湖南新源正极材料有限公司",
            "CJK extension B 𠀀𪚥 and an emoji 😀", "<tag> & \"quotes\" 'apostrophes'", "  leading and trailing spaces  ",
            "line\nbreak\tand tab\r", "control \u0001 character", "non-breaking\u00A0space", "é ü ß Ω", "");

    @Test
    void numbersReadBackAsTheSameDoublesAsThroughPoisOwnWriter() throws IOException {
        List<Double> numbers = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 0.05, -0.05, 0.29, 4.35, 7.5, 123.45,
                -123456.78, 99_999_999_999.99, 9_999_999_999_999.99, 1e13, 1e13 + 0.5, 1e15, 1.0 / 3, Math.PI, 1e-7,
                Double.MIN_VALUE, Double.MAX_VALUE, 386_500_000.0, 0.015, 2.675));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            numbers.add(BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), random.nextInt(0, 4)).doubleValue());
            numbers.add(random.nextDouble() * Math.pow(10, random.nextInt(-5, 16)));
        }

        List<Object> streamed = values(write(new StreamedWorkbook(10, 4), numbers.toArray()));
        List<Object> poi = values(write(new SXSSFWorkbook(10), numbers.toArray()));
        assertThat(streamed).hasSize(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(streamed.get(i)).as("%s", numbers.get(i)).isEqualTo(poi.get(i))
                    .isEqualTo(numbers.get(i));
        }
    }

    @Test
    void writesANumberWithAtMostTwoDecimalsAsItsDigits() throws Exception {
        String sheet = sheetXml(write(new StreamedWorkbook(10, 4), 12.0, 7.5, -0.05, 123.45, 1.0 / 3));
        assertThat(sheet).contains("<v>12</v>", "<v>7.5</v>", "<v>-0.05</v>", "<v>123.45</v>", "<v>0.3333333333333333</v>");
    }

    @Test
    void textsReadBackAsThroughPoisOwnWriter() throws IOException {
        List<Object> streamed = values(write(new StreamedWorkbook(10, 4), TEXTS.toArray()));
        List<Object> poi = values(write(new SXSSFWorkbook(10), TEXTS.toArray()));
        assertThat(streamed).containsExactlyElementsOf(poi).hasSize(TEXTS.size());
        assertThat(streamed.get(2)).isEqualTo("CJK extension B 𠀀𪚥 and an emoji 😀");
        assertThat(streamed.get(4)).isEqualTo("  leading and trailing spaces  ");
        assertThat(streamed.get(6)).as("as POI does").isEqualTo("control ? character");
    }

    @Test
    void utf8WriterEncodesAsTheJdkDoesWhateverTheCallsItGets() throws IOException {
        String text = String.join("|", TEXTS) + " lone \uD800 high, lone \uDC00 low, \uD83D";
        ByteArrayOutputStream byString = new ByteArrayOutputStream();
        try (StreamedWorkbook.Utf8Writer writer = new StreamedWorkbook.Utf8Writer(byString)) {
            writer.write(text);
        }
        ByteArrayOutputStream byChar = new ByteArrayOutputStream();
        try (StreamedWorkbook.Utf8Writer writer = new StreamedWorkbook.Utf8Writer(byChar)) {
            text.chars().forEach(c -> {
                try {
                    writer.write(c);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
        byte[] expected = text.getBytes(StandardCharsets.UTF_8);
        assertThat(byString.toByteArray()).isEqualTo(expected);
        assertThat(byChar.toByteArray()).as("a surrogate pair split over two calls").isEqualTo(expected);

        ByteArrayOutputStream large = new ByteArrayOutputStream();
        String many = "供应商 supplier 😀 ".repeat(20_000);
        try (StreamedWorkbook.Utf8Writer writer = new StreamedWorkbook.Utf8Writer(large)) {
            writer.write(many.toCharArray(), 0, many.length());
        }
        assertThat(large.toString(StandardCharsets.UTF_8)).as("across many buffers").isEqualTo(many);
    }

    private static byte[] write(SXSSFWorkbook workbook, Object... values) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("values");
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            for (int i = 0; i < values.length; i++) {
                Cell cell = sheet.createRow(i).createCell(i % 3);
                if (values[i] instanceof Double number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(style);
                } else {
                    cell.setCellValue((String) values[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** The values read back, in the order written: a Double for a number, a String for a text. */
    private static List<Object> values(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<Object> values = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                Cell cell = row.getCell(row.getRowNum() % 3);
                values.add(switch (cell.getCellType()) {
                    case NUMERIC -> cell.getNumericCellValue();
                    case STRING -> cell.getStringCellValue();
                    default -> throw new AssertionError(cell.getCellType());
                });
            }
            return values;
        }
    }

    private static String sheetXml(byte[] workbook) throws Exception {
        try (OPCPackage xlsx = OPCPackage.open(new ByteArrayInputStream(workbook));
             InputStream sheet = new XSSFReader(xlsx).getSheetsData().next()) {
            return new String(sheet.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
