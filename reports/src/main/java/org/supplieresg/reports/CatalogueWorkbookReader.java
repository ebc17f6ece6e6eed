package org.supplieresg.reports;

import static org.supplieresg.reports.CatalogueWorkbook.BANDS;
import static org.supplieresg.reports.CatalogueWorkbook.BAND_COLUMNS;
import static org.supplieresg.reports.CatalogueWorkbook.DIMENSIONS;
import static org.supplieresg.reports.CatalogueWorkbook.DIMENSION_COLUMNS;
import static org.supplieresg.reports.CatalogueWorkbook.INDICATORS;
import static org.supplieresg.reports.CatalogueWorkbook.INDICATOR_COLUMNS;
import static org.supplieresg.reports.CatalogueWorkbook.LEVELS;
import static org.supplieresg.reports.CatalogueWorkbook.LEVEL_COLUMNS;
import static org.supplieresg.reports.CatalogueWorkbook.REFERENCES;
import static org.supplieresg.reports.CatalogueWorkbook.REFERENCE_COLUMNS;
import static org.supplieresg.reports.CatalogueWorkbook.VERSION;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.supplieresg.reports.CatalogueWorkbook.Band;
import org.supplieresg.reports.CatalogueWorkbook.Content;
import org.supplieresg.reports.CatalogueWorkbook.Dimension;
import org.supplieresg.reports.CatalogueWorkbook.Indicator;
import org.supplieresg.reports.CatalogueWorkbook.Level;
import org.supplieresg.reports.CatalogueWorkbook.Reference;

/**
 * Reads a catalogue workbook back. It checks the form only (sheets, columns, numbers, booleans, rows that name an
 * indicator that is not there) and lists every problem with its sheet and row; whether the content makes a sound
 * catalogue (codes unique, weights adding up, translations present) is for the caller to check.
 */
public final class CatalogueWorkbookReader {

    /** One problem with the file. The message key belongs to the application's message bundle. */
    public record Problem(String sheet, int row, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** What was read: the content (null if the file could not be read at all) and the problems found. */
    public record Reading(Content content, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /** More rows than any sensible catalogue has: a guard against a file that would exhaust memory. */
    static final int MAX_ROWS = 20_000;

    private final List<Problem> problems = new ArrayList<>();

    private CatalogueWorkbookReader() {
    }

    public static Reading read(InputStream in) {
        return new CatalogueWorkbookReader().readWorkbook(in);
    }

    private Reading readWorkbook(InputStream in) {
        // Refuse zip bombs: a compressed entry may expand at most 100-fold, and no entry beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Map<String, Sheet> sheets = new HashMap<>();
            for (String name : List.of(VERSION, DIMENSIONS, INDICATORS, LEVELS, BANDS, REFERENCES)) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet == null) {
                    problems.add(new Problem(name, 0, "catalogue.file.sheetMissing", List.of(name)));
                } else {
                    sheets.put(name, sheet);
                }
            }
            if (!problems.isEmpty()) {
                return new Reading(null, problems);
            }
            Map<String, String> version = keyValues(sheets.get(VERSION));
            List<Dimension> dimensions = dimensions(sheets.get(DIMENSIONS));
            Map<String, List<Level>> levels = new HashMap<>();
            Map<String, List<Band>> bands = new HashMap<>();
            Map<String, List<Reference>> references = new HashMap<>();
            List<Row> indicatorRows = new ArrayList<>();
            Table indicators = table(sheets.get(INDICATORS), INDICATOR_COLUMNS);
            Table levelTable = table(sheets.get(LEVELS), LEVEL_COLUMNS);
            Table bandTable = table(sheets.get(BANDS), BAND_COLUMNS);
            Table referenceTable = table(sheets.get(REFERENCES), REFERENCE_COLUMNS);
            if (indicators == null || levelTable == null || bandTable == null || referenceTable == null || dimensions == null) {
                return new Reading(null, problems);
            }
            indicators.rows().forEach(indicatorRows::add);
            List<String> codes = indicatorRows.stream().map(r -> indicators.text(r, "code")).toList();
            for (Row row : levelTable.rows()) {
                String code = levelTable.indicatorOf(row, codes);
                Integer level = levelTable.integer(row, "level");
                if (code != null && level != null) {
                    levels.computeIfAbsent(code, c -> new ArrayList<>()).add(new Level(level,
                            levelTable.text(row, "description_en"), levelTable.text(row, "description_zh")));
                }
            }
            for (Row row : bandTable.rows()) {
                String code = bandTable.indicatorOf(row, codes);
                BigDecimal points = bandTable.required(row, "points_percent", bandTable.number(row, "points_percent"));
                if (code != null && points != null) {
                    bands.computeIfAbsent(code, c -> new ArrayList<>()).add(new Band(bandTable.number(row, "lower_bound"),
                            bandTable.number(row, "upper_bound"), points));
                }
            }
            for (Row row : referenceTable.rows()) {
                String code = referenceTable.indicatorOf(row, codes);
                if (code != null) {
                    references.computeIfAbsent(code, c -> new ArrayList<>()).add(new Reference(
                            referenceTable.text(row, "framework"), referenceTable.text(row, "clause")));
                }
            }
            List<Indicator> read = new ArrayList<>();
            for (Row row : indicatorRows) {
                String code = indicators.required(row, "code", indicators.text(row, "code"));
                Integer position = indicators.required(row, "position", indicators.integer(row, "position"));
                BigDecimal points = indicators.required(row, "max_points", indicators.number(row, "max_points"));
                Boolean na = indicators.required(row, "not_applicable_allowed", indicators.bool(row, "not_applicable_allowed"));
                Boolean redFlag = indicators.required(row, "red_flag", indicators.bool(row, "red_flag"));
                Boolean onsite = indicators.required(row, "onsite_verification", indicators.bool(row, "onsite_verification"));
                String type = indicators.text(row, "answer_type");
                if (code == null || position == null || points == null || na == null || redFlag == null || onsite == null) {
                    continue;
                }
                read.add(new Indicator(code, indicators.text(row, "dimension"), position,
                        type == null ? null : type.toUpperCase(Locale.ROOT), indicators.text(row, "unit"), points, na,
                        redFlag, onsite, indicators.text(row, "text_en"), indicators.text(row, "text_zh"),
                        indicators.text(row, "guidance_en"), indicators.text(row, "guidance_zh"),
                        indicators.text(row, "evidence_en"), indicators.text(row, "evidence_zh"),
                        levels.getOrDefault(code, List.of()), bands.getOrDefault(code, List.of()),
                        references.getOrDefault(code, List.of())));
            }
            Integer basedOn = null;
            String basedOnText = version.get("based_on_version");
            if (basedOnText != null) {
                try {
                    basedOn = new BigDecimal(basedOnText).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    problems.add(new Problem(VERSION, 0, "catalogue.file.notNumber", List.of(VERSION, 0, "based_on_version", basedOnText)));
                }
            }
            return new Reading(new Content(version.get("label"), version.get("note"), basedOn, dimensions, read), problems);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook, a damaged one and a zip bomb as one of these.
            return new Reading(null, List.of(new Problem("", 0, "catalogue.file.unreadable",
                    List.of(String.valueOf(e.getMessage())))));
        }
    }

    private Map<String, String> keyValues(Sheet sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String key = Cells.text(row.getCell(0));
            if (key != null) {
                values.put(key.trim(), Cells.text(row.getCell(1)));
            }
        }
        return values;
    }

    private List<Dimension> dimensions(Sheet sheet) {
        Table table = table(sheet, DIMENSION_COLUMNS);
        if (table == null) {
            return null;
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (Row row : table.rows()) {
            String code = table.required(row, "code", table.text(row, "code"));
            Integer position = table.required(row, "position", table.integer(row, "position"));
            BigDecimal weight = table.required(row, "weight_percent", table.number(row, "weight_percent"));
            Integer maxNa = table.required(row, "max_not_applicable", table.integer(row, "max_not_applicable"));
            if (code != null && position != null && weight != null && maxNa != null) {
                dimensions.add(new Dimension(code, position, table.text(row, "name_en"), table.text(row, "name_zh"), weight, maxNa));
            }
        }
        return dimensions;
    }

    /** A sheet whose header row has been matched to the expected column names. */
    private Table table(Sheet sheet, List<String> columns) {
        Row header = sheet.getRow(0);
        Map<String, Integer> index = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String name = Cells.text(cell);
                if (name != null) {
                    index.put(name.trim().toLowerCase(Locale.ROOT), cell.getColumnIndex());
                }
            }
        }
        boolean complete = true;
        for (String column : columns) {
            if (!index.containsKey(column)) {
                problems.add(new Problem(sheet.getSheetName(), 1, "catalogue.file.columnMissing", List.of(sheet.getSheetName(), column)));
                complete = false;
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            problems.add(new Problem(sheet.getSheetName(), MAX_ROWS, "catalogue.file.tooManyRows", List.of(sheet.getSheetName(), MAX_ROWS)));
            complete = false;
        }
        return complete ? new Table(sheet, index) : null;
    }

    private final class Table {
        private final Sheet sheet;
        private final Map<String, Integer> index;

        Table(Sheet sheet, Map<String, Integer> index) {
            this.sheet = sheet;
            this.index = index;
        }

        /** The data rows, leaving out rows with nothing in them. */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && index.values().stream().anyMatch(c -> Cells.text(row.getCell(c)) != null)) {
                    rows.add(row);
                }
            }
            return rows;
        }

        String text(Row row, String column) {
            return Cells.text(row.getCell(index.get(column)));
        }

        BigDecimal number(Row row, String column) {
            Cell cell = row.getCell(index.get(column));
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return Cells.plain(cell.getNumericCellValue());
            }
            String value = Cells.text(cell);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                problems.add(new Problem(sheet.getSheetName(), row.getRowNum() + 1, "catalogue.file.notNumber",
                        List.of(sheet.getSheetName(), row.getRowNum() + 1, column, value)));
                return null;
            }
        }

        Integer integer(Row row, String column) {
            BigDecimal value = number(row, column);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(new Problem(sheet.getSheetName(), row.getRowNum() + 1, "catalogue.file.notWholeNumber",
                        List.of(sheet.getSheetName(), row.getRowNum() + 1, column, value.toPlainString())));
                return null;
            }
        }

        Boolean bool(Row row, String column) {
            Cell cell = row.getCell(index.get(column));
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String value = Cells.text(cell);
            if (value == null) {
                return null;
            }
            switch (value.trim().toUpperCase(Locale.ROOT)) {
                case "TRUE", "YES", "Y", "1", "是":
                    return true;
                case "FALSE", "NO", "N", "0", "否":
                    return false;
                default:
                    problems.add(new Problem(sheet.getSheetName(), row.getRowNum() + 1, "catalogue.file.notBoolean",
                            List.of(sheet.getSheetName(), row.getRowNum() + 1, column, value)));
                    return null;
            }
        }

        <T> T required(Row row, String column, T value) {
            if (value == null && Cells.text(row.getCell(index.get(column))) == null) {
                problems.add(new Problem(sheet.getSheetName(), row.getRowNum() + 1, "catalogue.file.required",
                        List.of(sheet.getSheetName(), row.getRowNum() + 1, column)));
            }
            return value;
        }

        /** The indicator code a levels, bands or references row belongs to, if that indicator is on the indicators sheet. */
        String indicatorOf(Row row, List<String> codes) {
            String code = required(row, "indicator", text(row, "indicator"));
            if (code != null && !codes.contains(code)) {
                problems.add(new Problem(sheet.getSheetName(), row.getRowNum() + 1, "catalogue.file.unknownIndicator",
                        List.of(sheet.getSheetName(), row.getRowNum() + 1, code)));
                return null;
            }
            return code;
        }
    }


}
