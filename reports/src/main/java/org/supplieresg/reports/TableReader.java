package org.supplieresg.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.supplieresg.reports.SupplierImportWorkbook.Problem;
import org.supplieresg.reports.SupplierImportWorkbook.Reading;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;

/**
 * Reads a table of named columns from CSV (UTF-8, comma or semicolon separated, with or without a byte-order mark) or
 * from the first sheet of an Excel workbook: the first row names the columns (lower case, case aside), each following
 * non-empty row becomes a {@link RowValues} numbered as a spreadsheet numbers it. Nothing is thrown: problems come back.
 */
public final class TableReader {

    public static final int MAX_ROWS = 200_000;

    private TableReader() {
    }

    public static Reading read(InputStream in, String fileName, List<String> requiredColumns) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return excel(in, requiredColumns);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(in, requiredColumns);
        }
        return new Reading(List.of(), List.of(new Problem(0, "import.file.type", List.of(String.valueOf(fileName)))));
    }

    private static Reading csv(InputStream in, List<String> required) {
        try {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String firstLine = text.lines().findFirst().orElse("");
            char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(false).get();
            try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
                List<RowValues> rows = new ArrayList<>();
                Map<Integer, String> columns = null;
                int line = 0;
                for (CSVRecord record : parser) {
                    line++;
                    if (columns == null) {
                        columns = new HashMap<>();
                        for (int i = 0; i < record.size(); i++) {
                            if (!record.get(i).isBlank()) {
                                columns.put(i, record.get(i).strip().toLowerCase(Locale.ROOT));
                            }
                        }
                        List<Problem> missing = missing(columns.values(), required);
                        if (!missing.isEmpty()) {
                            return new Reading(List.of(), missing);
                        }
                        continue;
                    }
                    if (rows.size() >= MAX_ROWS) {
                        return new Reading(List.of(), List.of(new Problem(0, "import.file.tooManyRows", List.of(String.valueOf(MAX_ROWS)))));
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<Integer, String> column : columns.entrySet()) {
                        if (column.getKey() < record.size() && !record.get(column.getKey()).isBlank()) {
                            values.put(column.getValue(), record.get(column.getKey()).strip());
                        }
                    }
                    if (!values.isEmpty()) {
                        rows.add(new RowValues(line, values));
                    }
                }
                if (columns == null) {
                    return new Reading(List.of(), List.of(new Problem(0, "import.file.noRows", List.of())));
                }
                return new Reading(rows, List.of());
            }
        } catch (IOException | RuntimeException e) {
            return new Reading(List.of(), List.of(new Problem(0, "import.file.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }

    private static Reading excel(InputStream in, List<String> required) {
        ZipSecureFile.setMinInflateRatio(0.01);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, String> columns = new HashMap<>();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header != null) {
                for (Cell cell : header) {
                    String name = Cells.text(cell);
                    if (name != null) {
                        columns.put(cell.getColumnIndex(), name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            List<Problem> missing = missing(columns.values(), required);
            if (!missing.isEmpty()) {
                return new Reading(List.of(), missing);
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Reading(List.of(), List.of(new Problem(0, "import.file.tooManyRows", List.of(String.valueOf(MAX_ROWS)))));
            }
            List<RowValues> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                columns.forEach((c, name) -> {
                    String value = Cells.text(row.getCell(c));
                    if (value != null) {
                        values.put(name, value);
                    }
                });
                if (!values.isEmpty()) {
                    rows.add(new RowValues(r + 1, values));
                }
            }
            return new Reading(rows, List.of());
        } catch (IOException | RuntimeException e) {
            return new Reading(List.of(), List.of(new Problem(0, "import.file.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }

    private static List<Problem> missing(java.util.Collection<String> present, List<String> required) {
        return required.stream().filter(c -> !present.contains(c)).map(c -> new Problem(1, "import.file.columnMissing", List.of(c))).toList();
    }
}
