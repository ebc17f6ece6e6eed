package org.supplieresg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The supplier portfolio as an Excel workbook (issue 8): a summary by tier, then one sheet per view of the suppliers
 * (indicator points, dimension scores, tiers, spend, Scope 3, audits), one row per supplier under a frozen, filterable
 * header. A supplier without a total or without a tier is "not scored", and its tier cells say so. Every figure of the
 * summary is a formula over the other sheets (COUNTIF and SUMIF on the tier columns), as are a supplier's share of the
 * total spend and its Scope 3 total, and the workbook asks Excel to recalculate on opening, so that a filtered or edited
 * copy stays consistent. For readers that show stored values rather than calculate, the summary and the Scope 3 totals
 * carry their values; a supplier's share cannot (the total is known only at the end) and is stored empty.
 * <p>
 * The suppliers are read once, as they come, and each is appended to the six sheets at once: POI's streaming workbook
 * ({@link StreamedWorkbook}) keeps the last {@value #ROWS_IN_MEMORY} rows of each sheet in memory and the rest in
 * temporary files, so memory stays flat however many suppliers there are. The temporary files are deleted when the
 * workbook has been written or has failed. Labels come from {@code org/supplieresg/reports/portfolio*.properties};
 * names and catalogue texts are written as given, and the status, chain tier, sourcing status and Scope 3 method codes
 * are translated when the bundle knows them (other values are written as given).
 */
public final class PortfolioWorkbook {

    private static final String BUNDLE = "org.supplieresg.reports.portfolio";

    /** Rows of each sheet kept in memory; a supplier is never revisited, so a small window is enough. */
    static final int ROWS_IN_MEMORY = 100;
    /**
     * Deflate level of the xlsx (zip) entries, fastexcel's default. On the 10,000-supplier benchmark (bench/PortfolioBenchmark)
     * level 1 writes 10.8 MB, level 4 9.3 MB in about 7% more time, POI's default level 6 8.4 MB in about 40% more
     * time than level 4, and level 9 8.3 MB in five times the time.
     */
    public static final int COMPRESSION_LEVEL = 4;

    static final List<String> TIERS = List.of("A", "B", "C", "D");

    // Columns of the data sheets (zero-based) that the formulas refer to.
    static final int FIRST_INDICATOR = 3;
    static final int FIRST_DIMENSION = 3;
    static final int TIERS_TIER = 8;
    static final int SPEND_TIER = 2;
    static final int SPEND_USD = 5;
    static final int SPEND_SHARE = 6;
    static final int SCOPE3_TIER = 2;
    static final int FIRST_METHOD = 3;

    // Rows of the summary sheet (zero-based): facts, then the table by tier with its total under it.
    static final int SUMMARY_TABLE_HEADER = 7;
    static final int SUMMARY_FIRST_TIER = SUMMARY_TABLE_HEADER + 1;
    static final int SUMMARY_NOT_SCORED = SUMMARY_FIRST_TIER + TIERS.size();
    static final int SUMMARY_TOTAL = SUMMARY_NOT_SCORED + 1;

    private static final int ID_WIDTH = 12;
    private static final int NAME_WIDTH = 40;

    private final Portfolio layout;
    private final ResourceBundle labels;
    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final String notScored;
    private final Map<String, String> translations = new HashMap<>();
    private final SXSSFSheet summary;
    private final SXSSFSheet indicators;
    private final SXSSFSheet dimensions;
    private final SXSSFSheet tiers;
    private final SXSSFSheet spend;
    private final SXSSFSheet scope3;
    private final SXSSFSheet audits;
    /** The total spend on the summary, which the share of each supplier divides by. */
    private final String totalSpendCell;
    /** Per tier A-D, then not scored: suppliers, spend in USD, Scope 3 kg; for the values stored with the formulas. */
    private final long[] suppliersByTier = new long[TIERS.size() + 1];
    private final double[] spendByTier = new double[TIERS.size() + 1];
    private final double[] scope3ByTier = new double[TIERS.size() + 1];
    private double totalSpend;
    private double totalScope3;
    private int written;

    private PortfolioWorkbook(Portfolio layout, ResourceBundle labels, SXSSFWorkbook workbook) {
        this.layout = layout;
        this.labels = labels;
        this.workbook = workbook;
        this.styles = new Styles(workbook);
        this.notScored = label("tier.notScored");
        this.summary = workbook.createSheet(label("sheet.summary"));
        this.indicators = workbook.createSheet(label("sheet.indicators"));
        this.dimensions = workbook.createSheet(label("sheet.dimensions"));
        this.tiers = workbook.createSheet(label("sheet.tiers"));
        this.spend = workbook.createSheet(label("sheet.spend"));
        this.scope3 = workbook.createSheet(label("sheet.scope3"));
        this.audits = workbook.createSheet(label("sheet.audits"));
        this.totalSpendCell = reference(summary, SUMMARY_TOTAL, 2);
    }

    /**
     * Writes the workbook, reading {@code rows} once. {@code out} is left open.
     *
     * @param language Simplified Chinese for any {@code zh} locale, English for every other
     * @throws IllegalArgumentException if a row's arrays are not as long as the layout's columns
     */
    public static void write(Portfolio layout, Iterator<Portfolio.Row> rows, Locale language, OutputStream out) throws IOException {
        Objects.requireNonNull(language, "language");
        write(layout, rows, labels("zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH), out);
    }

    /** As {@link #write(Portfolio, Iterator, Locale, OutputStream)}, with the labels given. */
    static void write(Portfolio layout, Iterator<Portfolio.Row> rows, ResourceBundle labels, OutputStream out) throws IOException {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        try (SXSSFWorkbook workbook = new StreamedWorkbook(ROWS_IN_MEMORY, COMPRESSION_LEVEL)) {
            try {
                PortfolioWorkbook writer = new PortfolioWorkbook(layout, labels, workbook);
                writer.headers();
                while (rows.hasNext()) {
                    writer.append(Objects.requireNonNull(rows.next(), "row"));
                }
                writer.finish();
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    /** The labels of one workbook language, without falling back to the JVM's default locale. */
    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private void headers() {
        int indicatorCount = layout.indicators().size();
        int dimensionCount = layout.dimensions().size();
        int methodCount = layout.scope3Methods().size();

        String[] indicatorHeaders = new String[FIRST_INDICATOR + indicatorCount];
        leading(indicatorHeaders, "column.legalName", "column.tier");
        for (int i = 0; i < indicatorCount; i++) {
            indicatorHeaders[FIRST_INDICATOR + i] = layout.indicators().get(i).code();
        }
        header(indicators, indicatorHeaders);
        widths(indicators, ID_WIDTH, NAME_WIDTH, 10);
        for (int i = 0; i < indicatorCount; i++) {
            indicators.setColumnWidth(FIRST_INDICATOR + i, 10 * 256);
        }

        String[] dimensionHeaders = new String[FIRST_DIMENSION + dimensionCount];
        leading(dimensionHeaders, "column.legalName", "column.total");
        for (int d = 0; d < dimensionCount; d++) {
            Portfolio.Column dimension = layout.dimensions().get(d);
            dimensionHeaders[FIRST_DIMENSION + d] = dimension.name() == null ? dimension.code() : dimension.name();
        }
        header(dimensions, dimensionHeaders);
        widths(dimensions, ID_WIDTH, NAME_WIDTH, 12);
        for (int d = 0; d < dimensionCount; d++) {
            dimensions.setColumnWidth(FIRST_DIMENSION + d, 16 * 256);
        }

        header(tiers, label("column.id"), label("column.legalName"), label("column.localName"), label("column.country"),
                label("column.category"), label("column.chainTier"), label("column.status"), label("column.total"),
                label("column.tier"), label("column.sourcingStatus"), label("column.caps"));
        widths(tiers, ID_WIDTH, NAME_WIDTH, 30, 10, 22, 14, 14, 12, 10, 16, 36);

        header(spend, label("column.id"), label("column.legalName"), label("column.tier"), label("column.annualSpend"),
                label("column.currency"), label("column.annualSpendUsd"), label("column.spendShare"));
        widths(spend, ID_WIDTH, NAME_WIDTH, 10, 18, 10, 20, 14);

        String[] scope3Headers = new String[FIRST_METHOD + methodCount + 1];
        leading(scope3Headers, "column.legalName", "column.tier");
        for (int m = 0; m < methodCount; m++) {
            String method = layout.scope3Methods().get(m);
            scope3Headers[FIRST_METHOD + m] = translated("method.", method);
        }
        scope3Headers[FIRST_METHOD + methodCount] = label("column.scope3Total");
        header(scope3, scope3Headers);
        widths(scope3, ID_WIDTH, NAME_WIDTH, 10);
        for (int m = 0; m <= methodCount; m++) {
            scope3.setColumnWidth(FIRST_METHOD + m, 22 * 256);
        }

        header(audits, label("column.id"), label("column.legalName"), label("column.auditsCompleted"), label("column.lastAudit"),
                label("column.openFindings"), label("column.openCaps"), label("column.overdueCaps"));
        widths(audits, ID_WIDTH, NAME_WIDTH, 16, 14, 16, 16, 16);
    }

    private void leading(String[] headers, String second, String third) {
        headers[0] = label("column.id");
        headers[1] = label(second);
        headers[2] = label(third);
    }

    private void append(Portfolio.Row supplier) {
        BigDecimal[] points = aligned(supplier, supplier.indicatorPoints(), layout.indicators().size(), "indicatorPoints");
        BigDecimal[] scores = aligned(supplier, supplier.dimensionScores(), layout.dimensions().size(), "dimensionScores");
        BigDecimal[] kg = aligned(supplier, supplier.scope3Kg(), layout.scope3Methods().size(), "scope3Kg");
        int r = ++written;
        boolean scored = supplier.total() != null && supplier.tier() != null;
        String tier = scored ? supplier.tier() : notScored;
        int bucket = scored ? TIERS.indexOf(supplier.tier()) : TIERS.size();

        Row row = start(indicators, r, supplier, tier);
        for (int i = 0; i < points.length; i++) {
            number(row, FIRST_INDICATOR + i, points[i], styles.score);
        }

        row = start(dimensions, r, supplier, null);
        number(row, 2, supplier.total(), styles.score);
        for (int d = 0; d < scores.length; d++) {
            number(row, FIRST_DIMENSION + d, scores[d], styles.score);
        }

        row = start(tiers, r, supplier, null);
        text(row, 2, supplier.localName());
        text(row, 3, supplier.country());
        text(row, 4, supplier.spendCategory());
        text(row, 5, translated("chainTier.", supplier.chainTier()));
        text(row, 6, translated("status.", supplier.status()));
        number(row, 7, supplier.total(), styles.score);
        text(row, TIERS_TIER, tier);
        text(row, 9, translated("sourcing.", supplier.sourcingStatus()));
        text(row, 10, supplier.caps());

        row = start(spend, r, supplier, tier);
        number(row, 3, supplier.annualSpend(), styles.amount);
        text(row, 4, supplier.spendCurrency());
        number(row, SPEND_USD, supplier.annualSpendUsd(), styles.amount);
        if (supplier.annualSpendUsd() != null) {
            Cell share = row.createCell(SPEND_SHARE, CellType.STRING);
            share.setCellValue("");
            share.setCellFormula("IF(" + totalSpendCell + "=0,\"\"," + CellReference.convertNumToColString(SPEND_USD) + (r + 1)
                    + "/" + totalSpendCell + ")");
            share.setCellStyle(styles.share);
        }

        row = start(scope3, r, supplier, tier);
        double rowKg = 0;
        boolean anyKg = false;
        for (int m = 0; m < kg.length; m++) {
            if (kg[m] != null) {
                double value = kg[m].doubleValue();
                number(row, FIRST_METHOD + m, value, styles.amount);
                rowKg += value;
                anyKg = true;
            }
        }
        if (anyKg) {
            Cell total = row.createCell(FIRST_METHOD + kg.length, CellType.NUMERIC);
            total.setCellValue(rowKg);
            total.setCellFormula("SUM(" + new CellReference(r, FIRST_METHOD).formatAsString() + ":"
                    + new CellReference(r, FIRST_METHOD + kg.length - 1).formatAsString() + ")");
            total.setCellStyle(styles.amount);
        }

        row = start(audits, r, supplier, null);
        count(row, 2, supplier.auditsCompleted());
        if (supplier.lastAuditDate() != null) {
            Cell date = row.createCell(3);
            date.setCellValue(supplier.lastAuditDate());
            date.setCellStyle(styles.date);
        }
        count(row, 4, supplier.openFindings());
        count(row, 5, supplier.openCorrectiveActions());
        count(row, 6, supplier.overdueCorrectiveActions());

        double usd = supplier.annualSpendUsd() == null ? 0 : supplier.annualSpendUsd().doubleValue();
        totalSpend += usd;
        totalScope3 += rowKg;
        if (bucket >= 0) {
            suppliersByTier[bucket]++;
            spendByTier[bucket] += usd;
            scope3ByTier[bucket] += rowKg;
        }
    }

    /** A data row with the supplier's id and legal name, and its tier in the third column when given. */
    private Row start(SXSSFSheet sheet, int r, Portfolio.Row supplier, String tier) {
        Row row = sheet.createRow(r);
        count(row, 0, supplier.supplierId());
        text(row, 1, supplier.legalName());
        text(row, 2, tier);
        return row;
    }

    private static BigDecimal[] aligned(Portfolio.Row supplier, BigDecimal[] values, int columns, String name) {
        if (values == null) {
            return new BigDecimal[columns];
        }
        if (values.length != columns) {
            throw new IllegalArgumentException("supplier " + supplier.supplierId() + ": " + name + " has " + values.length
                    + " elements for " + columns + " columns");
        }
        return values;
    }

    private void finish() {
        int lastDataRow = Math.max(written, 1);
        freezeAndFilter(indicators, lastDataRow, FIRST_INDICATOR + layout.indicators().size() - 1);
        freezeAndFilter(dimensions, lastDataRow, FIRST_DIMENSION + layout.dimensions().size() - 1);
        freezeAndFilter(tiers, lastDataRow, 10);
        freezeAndFilter(spend, lastDataRow, SPEND_SHARE);
        freezeAndFilter(scope3, lastDataRow, FIRST_METHOD + layout.scope3Methods().size());
        freezeAndFilter(audits, lastDataRow, 6);
        summary();
        workbook.setForceFormulaRecalculation(true);
        workbook.setActiveSheet(0);
    }

    private static void freezeAndFilter(SXSSFSheet sheet, int lastDataRow, int lastColumn) {
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastDataRow, 0, Math.max(lastColumn, 2)));
    }

    private void summary() {
        Cell title = summary.createRow(0).createCell(0);
        title.setCellValue(layout.title());
        title.setCellStyle(styles.title);

        Row generatedAt = fact(1, "summary.generatedAt");
        Cell at = generatedAt.createCell(1);
        at.setCellValue(LocalDateTime.ofInstant(layout.generatedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        at.setCellStyle(styles.dateTime);
        text(fact(2, "summary.generatedBy"), 1, layout.generatedBy());
        count(fact(3, "summary.catalogueVersion"), 1, layout.catalogueVersion());
        count(fact(4, "summary.policyVersion"), 1, layout.policyVersion());
        Row year = fact(5, "summary.scope3Year");
        if (layout.scope3Year() != null) {
            count(year, 1, layout.scope3Year());
        }

        Row head = summary.createRow(SUMMARY_TABLE_HEADER);
        String[] headers = {label("column.tier"), label("summary.suppliers"), label("column.annualSpendUsd"),
                label("column.spendShare"), label("summary.scope3Kg")};
        for (int c = 0; c < headers.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }

        int last = Math.max(written, 1) + 1;
        String tierColumn = range(tiers, TIERS_TIER, last);
        String spendTiers = range(spend, SPEND_TIER, last);
        String spendUsd = range(spend, SPEND_USD, last);
        String scope3Tiers = range(scope3, SCOPE3_TIER, last);
        String scope3Totals = range(scope3, FIRST_METHOD + layout.scope3Methods().size(), last);
        String ownTotalSpend = "$C$" + (SUMMARY_TOTAL + 1);
        for (int t = 0; t <= TIERS.size(); t++) {
            int r = SUMMARY_FIRST_TIER + t;
            String criterion = "$A" + (r + 1);
            Row row = summary.createRow(r);
            text(row, 0, t < TIERS.size() ? TIERS.get(t) : notScored);
            formula(row, 1, "COUNTIF(" + tierColumn + "," + criterion + ")", suppliersByTier[t], null);
            formula(row, 2, "SUMIF(" + spendTiers + "," + criterion + "," + spendUsd + ")", spendByTier[t], styles.amount);
            share(row, r, ownTotalSpend, spendByTier[t]);
            formula(row, 4, "SUMIF(" + scope3Tiers + "," + criterion + "," + scope3Totals + ")", scope3ByTier[t], styles.amount);
        }
        Row total = summary.createRow(SUMMARY_TOTAL);
        Cell totalLabel = total.createCell(0);
        totalLabel.setCellValue(label("summary.total"));
        totalLabel.setCellStyle(styles.bold);
        formula(total, 1, "COUNTA(" + range(tiers, 0, last) + ")", written, null);
        formula(total, 2, "SUM(" + spendUsd + ")", totalSpend, styles.amount);
        share(total, SUMMARY_TOTAL, ownTotalSpend, totalSpend);
        formula(total, 4, "SUM(" + scope3Totals + ")", totalScope3, styles.amount);

        summary.setColumnWidth(0, 28 * 256);
        summary.setColumnWidth(1, 22 * 256);
        summary.setColumnWidth(2, 22 * 256);
        summary.setColumnWidth(3, 16 * 256);
        summary.setColumnWidth(4, 22 * 256);
        summary.createFreezePane(0, SUMMARY_TABLE_HEADER + 1);
        summary.setAutoFilter(new CellRangeAddress(SUMMARY_TABLE_HEADER, SUMMARY_NOT_SCORED, 0, headers.length - 1));
    }

    private Row fact(int r, String key) {
        Row row = summary.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(label(key));
        cell.setCellStyle(styles.bold);
        return row;
    }

    private void share(Row row, int r, String ownTotalSpend, double spendOfRow) {
        Cell cell = row.createCell(3);
        if (totalSpend == 0) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(spendOfRow / totalSpend);
        }
        cell.setCellFormula("IF(" + ownTotalSpend + "=0,\"\",C" + (r + 1) + "/" + ownTotalSpend + ")");
        cell.setCellStyle(styles.share);
    }

    /** A formula cell with the value it has now, for readers that show stored values rather than calculate. */
    private void formula(Row row, int column, String formula, double value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellFormula(formula);
        cell.setCellStyle(style == null ? styles.plain : style);
    }

    /** An absolute reference to rows 2 to {@code last} of a column of another sheet, e.g. {@code 'Scope 3'!$H$2:$H$10001}. */
    private static String range(SXSSFSheet sheet, int column, int last) {
        String letters = CellReference.convertNumToColString(column);
        return quoted(sheet) + "!$" + letters + "$2:$" + letters + "$" + last;
    }

    private static String reference(SXSSFSheet sheet, int row, int column) {
        return quoted(sheet) + "!$" + CellReference.convertNumToColString(column) + "$" + (row + 1);
    }

    private static String quoted(SXSSFSheet sheet) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'";
    }

    private void header(SXSSFSheet sheet, String... headers) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c, CellType.STRING);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private static void widths(SXSSFSheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /**
     * A text cell, unless the value is null. Like every cell here it gets a style, the workbook's default where it needs
     * none: a cell without one would ask its column for a default style when written, a search through the sheet's
     * column definitions for every cell.
     */
    private void text(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(value);
            cell.setCellStyle(styles.plain);
        }
    }

    private void count(Row row, int column, long value) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(styles.plain);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            number(row, column, value.doubleValue(), style);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private String label(String key) {
        return labels.getString(key);
    }

    /** The bundle's label for a code ({@code prefix + code}), or the value as given when it is not a code it knows. */
    private String translated(String prefix, String value) {
        if (value == null) {
            return null;
        }
        return translations.computeIfAbsent(prefix + value, key -> {
            try {
                return labels.getString(key);
            } catch (MissingResourceException notACode) {
                return value;
            }
        });
    }

    /** Each style once for the whole workbook. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle score;
        final CellStyle amount;
        final CellStyle share;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            plain = workbook.getCellStyleAt(0);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            score = format(workbook, formats, "0.00");
            amount = format(workbook, formats, "#,##0");
            share = format(workbook, formats, "0.0%");
            date = format(workbook, formats, "yyyy-mm-dd");
            dateTime = format(workbook, formats, "yyyy-mm-dd hh:mm:ss");
        }

        private static CellStyle format(SXSSFWorkbook workbook, DataFormat formats, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(format));
            return style;
        }
    }
}
