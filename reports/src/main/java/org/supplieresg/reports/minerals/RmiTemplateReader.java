package org.supplieresg.reports.minerals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.supplieresg.reports.Cells;

/**
 * Reads a filled-in RMI CMRT or EMRT (.xlsx or .xls): the template and revision and the declaring company from the
 * {@code Declaration} sheet, the smelters and refiners from the {@code Smelter List} sheet. Columns are found by their
 * titles (English or Simplified Chinese, as the template shows them in the language chosen), so the revisions
 * 6.01-6.5 and EMRT 1.1-2.1 all read. Nothing is thrown: a file that cannot be used comes back with every problem
 * found and no declaration. See the package documentation for where the layout comes from.
 */
public final class RmiTemplateReader {

    /**
     * One row of the smelter list, as declared: its row number as Excel shows it, the metal, the smelter
     * identification number (null when none was given), the smelter's name and its country as written (null when
     * none or "Unknown"), and who issued the number (RMI, usually).
     */
    public record Smelter(int row, Metal metal, String smelterId, String name, String country, String idSource) {
    }

    /** What the file declares. */
    public record Declaration(RmiTemplate template, String revision, String companyName, List<Smelter> smelters) {
        public Declaration {
            smelters = List.copyOf(smelters);
        }
    }

    /** The declaration, or the problems that stop the file from being used (then the declaration is null). */
    public record Reading(Declaration declaration, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        static Reading refused(Problem... problems) {
            return new Reading(null, List.of(problems));
        }
    }

    static final String DECLARATION = "Declaration";
    static final String SMELTER_LIST = "Smelter List";
    static final int MAX_ROWS = 5_000;
    /** The longest company or smelter name kept; countries and sources of numbers are shorter. */
    static final int MAX_NAME = 300;
    static final int MAX_SHORT = 100;

    /** The title and revision sit in the first rows of the Declaration sheet (D2, J3). */
    private static final int TOP_ROWS = 10;
    /** The header of the smelter list is on row 4; a few more rows are searched in case rows were inserted above. */
    private static final int HEADER_ROWS = 20;
    private static final Pattern TEMPLATE = Pattern.compile("\\((CMRT|EMRT|CRT|AMRT|PRT)\\)");
    private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:revision|version)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern SMELTER_ID = Pattern.compile("[A-Z0-9][A-Z0-9./-]{2,39}");
    /** What the templates put where nothing is known: not an identification number, not a country. */
    private static final Set<String> PLACEHOLDERS = Set.of("unknown", "n/a", "na", "none", "-", "enter smelter details", "not applicable");
    private static final String NOT_YET_IDENTIFIED = "smelter not yet identified";
    private static final String NOT_LISTED = "smelter not listed";

    /** The smelter list's columns and their titles once normalised (see {@link #normalise}). */
    enum Column {
        ID_INPUT(false, "Smelter Identification Number Input Column", "smelter identification number input column", "冶炼厂识别号码输入列"),
        METAL(true, "Metal", "metal", "金属", "金属 l"),
        LOOKUP(true, "Smelter Look-up", "smelter look-up", "冶炼厂查找"),
        NAME(true, "Smelter Name", "smelter name", "冶炼厂名称"),
        COUNTRY(true, "Smelter Country", "smelter country", "冶炼厂所在国家或地区", "冶炼工厂地址(国家)"),
        SMELTER_ID(true, "Smelter Identification", "smelter identification", "冶炼厂识别"),
        ID_SOURCE(false, "Source of Smelter Identification Number", "source of smelter identification number", "冶炼厂出处识别号");

        final boolean required;
        final String title;
        final Set<String> titles;

        Column(boolean required, String title, String... titles) {
            this.required = required;
            this.title = title;
            this.titles = Set.of(titles);
        }

        static Optional<Column> titled(String text) {
            String normalised = normalise(text);
            for (Column column : values()) {
                if (column.titles.contains(normalised)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private RmiTemplateReader() {
    }

    public static Reading read(InputStream in) {
        ZipSecureFile.setMinInflateRatio(0.01);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook);
        } catch (EncryptedDocumentException e) {
            return Reading.refused(Problem.of("minerals.file.encrypted"));
        } catch (IOException | RuntimeException e) {
            return Reading.refused(Problem.of("minerals.file.notExcel"));
        }
    }

    private static Reading read(Workbook workbook) {
        Sheet declaration = workbook.getSheet(DECLARATION);
        if (declaration == null) {
            return Reading.refused(Problem.of("minerals.file.sheetMissing", DECLARATION));
        }
        String kind = firstMatch(declaration, TEMPLATE);
        if (kind == null) {
            return Reading.refused(Problem.of("minerals.file.notRmi"));
        }
        if (!kind.equals("CMRT") && !kind.equals("EMRT")) {
            return Reading.refused(Problem.of("minerals.file.otherTemplate", kind));
        }
        RmiTemplate template = RmiTemplate.valueOf(kind);
        String revision = firstMatch(declaration, REVISION);
        if (revision == null) {
            return Reading.refused(Problem.of("minerals.file.noRevision"));
        }
        if (!template.supports(revision)) {
            return Reading.refused(Problem.of("minerals.file.revision", template.name(), revision, template.oldest(), template.newest()));
        }
        List<Problem> problems = new ArrayList<>();
        String company = companyName(declaration);
        if (company == null) {
            problems.add(Problem.of("minerals.file.noCompany"));
        } else if (company.length() > MAX_NAME) {
            problems.add(Problem.of("minerals.file.companyTooLong", String.valueOf(MAX_NAME)));
        }
        Sheet list = workbook.getSheet(SMELTER_LIST);
        if (list == null) {
            problems.add(Problem.of("minerals.file.sheetMissing", SMELTER_LIST));
            return new Reading(null, problems);
        }
        List<Smelter> smelters = smelters(list, template, revision, problems);
        return problems.isEmpty() ? new Reading(new Declaration(template, revision, company, smelters), List.of()) : new Reading(null, problems);
    }

    private static List<Smelter> smelters(Sheet sheet, RmiTemplate template, String revision, List<Problem> problems) {
        int problemsBefore = problems.size();
        int headerRow = -1;
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int r = 0; r < HEADER_ROWS && headerRow < 0; r++) {
            Map<Column, Integer> found = titles(sheet.getRow(r));
            if (found.containsKey(Column.METAL) && (found.containsKey(Column.LOOKUP) || found.containsKey(Column.NAME))) {
                headerRow = r;
                columns = found;
            }
        }
        if (headerRow < 0) {
            problems.add(Problem.of("minerals.file.noHeader"));
            return List.of();
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(Problem.of("minerals.file.columnMissing", column.title, String.valueOf(headerRow + 1)));
            }
        }
        if (problems.size() > problemsBefore) {
            return List.of();
        }
        List<Smelter> smelters = new ArrayList<>();
        Set<Metal> metals = template.metals(revision);
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Column, String> values = new EnumMap<>(Column.class);
            columns.forEach((column, c) -> {
                String text = row == null ? null : Cells.text(row.getCell(c));
                if (text != null) {
                    values.put(column, text);
                }
            });
            if (!values.containsKey(Column.METAL) && !values.containsKey(Column.LOOKUP) && !values.containsKey(Column.NAME)
                    && !values.containsKey(Column.SMELTER_ID) && !values.containsKey(Column.ID_INPUT)) {
                continue; // an empty row, or one with only the template's formulas
            }
            if (smelters.size() + problems.size() - problemsBefore >= MAX_ROWS) {
                problems.add(Problem.of("minerals.file.tooManyRows", String.valueOf(MAX_ROWS)));
                return List.of();
            }
            smelter(String.valueOf(r + 1), values, template, revision, metals, problems).ifPresent(smelters::add);
        }
        if (smelters.isEmpty() && problems.size() == problemsBefore) {
            problems.add(Problem.of("minerals.file.noSmelters"));
        }
        return smelters;
    }

    private static Optional<Smelter> smelter(String row, Map<Column, String> values, RmiTemplate template, String revision,
                                             Set<Metal> metals, List<Problem> problems) {
        String metalText = values.get(Column.METAL);
        Optional<Metal> metal = Metal.of(metalText).filter(metals::contains);
        if (metalText == null) {
            problems.add(Problem.of("minerals.row.metalMissing", row));
        } else if (metal.isEmpty()) {
            problems.add(Problem.of("minerals.row.metal", row, metalText, template.name(), revision,
                    String.join(", ", template.metalTitles(revision))));
        }
        String id = known(values.get(Column.SMELTER_ID));
        if (id == null) {
            id = known(values.get(Column.ID_INPUT));
        }
        if (id != null) {
            id = id.toUpperCase(Locale.ROOT);
            if (!SMELTER_ID.matcher(id).matches()) {
                problems.add(Problem.of("minerals.row.smelterId", row, id));
            }
        }
        String lookup = values.get(Column.LOOKUP);
        String name = values.get(Column.NAME);
        if (name == null && lookup != null && !lookup.equalsIgnoreCase(NOT_LISTED)) {
            name = lookup; // a smelter chosen from the look-up, or "Smelter not yet identified"
        }
        if (name == null) {
            name = id;
        }
        if (name == null) {
            problems.add(Problem.of("minerals.row.noSmelter", row));
            return Optional.empty();
        }
        String country = known(values.get(Column.COUNTRY));
        String source = values.get(Column.ID_SOURCE);
        int before = problems.size();
        tooLong(row, Column.NAME, name, MAX_NAME, problems);
        tooLong(row, Column.COUNTRY, country, MAX_SHORT, problems);
        tooLong(row, Column.ID_SOURCE, source, MAX_SHORT, problems);
        if (metal.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        boolean unidentified = lookup != null && lookup.equalsIgnoreCase(NOT_YET_IDENTIFIED);
        return Optional.of(new Smelter(Integer.parseInt(row), metal.get(), unidentified ? null : id, name, country, source));
    }

    private static void tooLong(String row, Column column, String text, int max, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of("minerals.row.tooLong", row, column.title, String.valueOf(max)));
        }
    }

    private static Map<Column, Integer> titles(Row row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (row != null) {
            for (Cell cell : row) {
                String text = Cells.text(cell);
                if (text != null) {
                    Column.titled(text).ifPresent(column -> found.putIfAbsent(column, cell.getColumnIndex()));
                }
            }
        }
        return found;
    }

    /** The first capture of {@code pattern} in the top rows of a sheet, row by row, left to right. */
    private static String firstMatch(Sheet sheet, Pattern pattern) {
        for (int r = 0; r < TOP_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = Cells.text(cell);
                Matcher m = text == null ? null : pattern.matcher(text);
                if (m != null && m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** The text right of the "Company Name (*):" label (D8 in every revision read here). */
    private static String companyName(Sheet sheet) {
        for (int r = 0; r < HEADER_ROWS; r++) {
            Row row = sheet.getRow(r);
            String label = row == null ? null : Cells.text(row.getCell(1));
            if (label != null && (normalise(label).startsWith("company name") || normalise(label).startsWith("公司名称"))) {
                for (int c = 2; c <= Math.max(2, row.getLastCellNum()); c++) {
                    String value = Cells.text(row.getCell(c));
                    if (value != null) {
                        return value;
                    }
                }
                return null;
            }
        }
        Row fallback = sheet.getRow(7);
        return fallback == null ? null : Cells.text(fallback.getCell(3));
    }

    private static String known(String text) {
        return text == null || PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT)) ? null : text;
    }

    /** A column title without its "(*)" or "(1)" marks, in lower case, full-width brackets as ASCII, single spaces. */
    static String normalise(String title) {
        return title.replace('（', '(').replace('）', ')').replace('：', ':')
                .replace("(*)", " ").replace("(1)", " ")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
