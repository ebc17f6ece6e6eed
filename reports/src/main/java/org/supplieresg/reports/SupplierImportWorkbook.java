package org.supplieresg.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template a buyer fills to register many suppliers at once, and its reader. Columns are found by their name in the
 * header row; each data row comes back as column name to text, with its row number as Excel shows it. What the values
 * mean (countries, categories, duplicates) is for the caller to check.
 */
public final class SupplierImportWorkbook {

    /** A template column: its name, a bilingual title, and the values a drop-down offers (empty: free text). */
    public record Column(String name, String title, List<String> choices) {
        public Column {
            choices = List.copyOf(choices);
        }
    }

    public record RowValues(int row, Map<String, String> values) {
        public RowValues {
            values = Map.copyOf(values);
        }

        public String get(String column) {
            return values.get(column);
        }
    }

    public record Problem(int row, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    public record Reading(List<RowValues> rows, List<Problem> problems) {
        public Reading {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    static final String SHEET = "Suppliers 供应商";
    static final int MAX_ROWS = 10_000;

    private SupplierImportWorkbook() {
    }

    public static void writeTemplate(List<Column> columns, List<String> instructions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet help = workbook.createSheet("Instructions 填写说明");
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            help.setColumnWidth(0, 130 * 256);
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row names = sheet.createRow(0);
            Row titles = sheet.createRow(1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                names.createCell(c).setCellValue(column.name());
                Cell title = titles.createCell(c);
                title.setCellValue(column.title());
                title.setCellStyle(header);
                sheet.setColumnWidth(c, Math.max(14, Math.min(40, column.title().length() + 2)) * 256);
                if (!column.choices().isEmpty() && String.join(",", column.choices()).length() < 250) {
                    DataValidation validation = validations.createValidation(
                            validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                            new CellRangeAddressList(2, MAX_ROWS + 1, c, c));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            sheet.createFreezePane(1, 2);
            workbook.setActiveSheet(1);
            workbook.write(out);
        }
    }

    /** Reads the rows under the two header rows; rows with nothing in them are left out. */
    public static Reading read(InputStream in, List<String> requiredColumns) {
        ZipSecureFile.setMinInflateRatio(0.01);
        List<Problem> problems = new ArrayList<>();
        List<RowValues> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                return new Reading(List.of(), List.of(new Problem(0, "import.file.sheetMissing", List.of(SHEET))));
            }
            Map<String, Integer> index = new HashMap<>();
            Row names = sheet.getRow(0);
            if (names != null) {
                for (Cell cell : names) {
                    String name = Cells.text(cell);
                    if (name != null) {
                        index.put(name.toLowerCase(Locale.ROOT), cell.getColumnIndex());
                    }
                }
            }
            for (String required : requiredColumns) {
                if (!index.containsKey(required)) {
                    problems.add(new Problem(1, "import.file.columnMissing", List.of(required)));
                }
            }
            if (!problems.isEmpty()) {
                return new Reading(List.of(), problems);
            }
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                return new Reading(List.of(), List.of(new Problem(0, "import.file.tooManyRows", List.of(String.valueOf(MAX_ROWS)))));
            }
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                index.forEach((name, c) -> {
                    String value = Cells.text(row.getCell(c));
                    if (value != null) {
                        values.put(name, value);
                    }
                });
                if (!values.isEmpty()) {
                    rows.add(new RowValues(r + 1, values));
                }
            }
            return new Reading(rows, problems);
        } catch (IOException | RuntimeException e) {
            return new Reading(List.of(), List.of(new Problem(0, "import.file.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }

}
