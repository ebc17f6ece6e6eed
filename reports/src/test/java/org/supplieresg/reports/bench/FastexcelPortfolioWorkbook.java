package org.supplieresg.reports.bench;

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
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.supplieresg.reports.Portfolio;
import org.supplieresg.reports.PortfolioWorkbook;

/**
 * The benchmark's baseline: the cells of {@link PortfolioWorkbook} (same sheets, headers, values, formula texts, number
 * formats, widths, frozen panes and filters), written with fastexcel 0.19.0 in the same single pass over the rows. The
 * benchmark reads both files back and checks they hold the same cells before timing anything.
 * <p>
 * What fastexcel cannot do the same way: a zip entry has to be finished before the next begins, so only one sheet can be
 * flushed while the rows stream; it flushes the indicator sheet (three quarters of the cells) every
 * {@value #FLUSH_EVERY} rows and keeps the five narrower sheets in memory until the end. It stores no value with a
 * formula and cannot ask Excel to recalculate on opening (Excel calculates formulas without a stored value anyway).
 * Cells are styled by runs of adjacent non-blank cells of a row, one style call per run, so that blank cells stay absent
 * as in the POI workbook; numbers are given as the BigDecimals they are and texts as inline strings, as POI writes them.
 */
final class FastexcelPortfolioWorkbook {

    static final int FLUSH_EVERY = 100;
    private static final List<String> TIERS = List.of("A", "B", "C", "D");
    private static final String HEADER_FILL = "C0C0C0";
    private static final String SCORE = "0.00";
    private static final String AMOUNT = "#,##0";
    private static final String SHARE = "0.0%";
    private static final String DATE = "yyyy-mm-dd";

    private final Portfolio layout;
    private final ResourceBundle labels;
    private final Map<String, String> translations = new HashMap<>();
    private final String notScored;
    private final Worksheet summary;
    private final Worksheet indicators;
    private final Worksheet dimensions;
    private final Worksheet tiers;
    private final Worksheet spend;
    private final Worksheet scope3;
    private final Worksheet audits;
    private final String totalSpendCell;
    private int written;

    private FastexcelPortfolioWorkbook(Portfolio layout, ResourceBundle labels, Workbook workbook) {
        this.layout = layout;
        this.labels = labels;
        this.notScored = labels.getString("tier.notScored");
        this.summary = workbook.newWorksheet(labels.getString("sheet.summary"));
        this.indicators = workbook.newWorksheet(labels.getString("sheet.indicators"));
        this.dimensions = workbook.newWorksheet(labels.getString("sheet.dimensions"));
        this.tiers = workbook.newWorksheet(labels.getString("sheet.tiers"));
        this.spend = workbook.newWorksheet(labels.getString("sheet.spend"));
        this.scope3 = workbook.newWorksheet(labels.getString("sheet.scope3"));
        this.audits = workbook.newWorksheet(labels.getString("sheet.audits"));
        this.totalSpendCell = quoted(summary) + "!$C$14";
    }

    static void write(Portfolio layout, Iterator<Portfolio.Row> rows, Locale language, OutputStream out, int compressionLevel)
            throws IOException {
        ResourceBundle labels = ResourceBundle.getBundle("org.supplieresg.reports.portfolio",
                "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Workbook workbook = new Workbook(out, "Supplier ESG", "1.0");
        workbook.setCompressionLevel(compressionLevel);
        FastexcelPortfolioWorkbook writer = new FastexcelPortfolioWorkbook(layout, labels, workbook);
        writer.headers();
        while (rows.hasNext()) {
            writer.append(rows.next());
            if (writer.written % FLUSH_EVERY == 0) {
                writer.indicators.flush();
            }
        }
        writer.finish();
        workbook.finish();
    }

    private void headers() {
        int indicatorCount = layout.indicators().size();
        int dimensionCount = layout.dimensions().size();
        int methodCount = layout.scope3Methods().size();
        topHeader(indicators, 0, label("column.id"), label("column.legalName"), label("column.tier"));
        for (int i = 0; i < indicatorCount; i++) {
            topHeader(indicators, 3 + i, layout.indicators().get(i).code());
            indicators.width(3 + i, 10);
        }
        widths(indicators, 12, 40, 10);

        topHeader(dimensions, 0, label("column.id"), label("column.legalName"), label("column.total"));
        for (int d = 0; d < dimensionCount; d++) {
            Portfolio.Column dimension = layout.dimensions().get(d);
            topHeader(dimensions, 3 + d, dimension.name() == null ? dimension.code() : dimension.name());
            dimensions.width(3 + d, 16);
        }
        widths(dimensions, 12, 40, 12);

        topHeader(tiers, 0, label("column.id"), label("column.legalName"), label("column.localName"), label("column.country"),
                label("column.category"), label("column.chainTier"), label("column.status"), label("column.total"),
                label("column.tier"), label("column.sourcingStatus"), label("column.caps"));
        widths(tiers, 12, 40, 30, 10, 22, 14, 14, 12, 10, 16, 36);

        topHeader(spend, 0, label("column.id"), label("column.legalName"), label("column.tier"), label("column.annualSpend"),
                label("column.currency"), label("column.annualSpendUsd"), label("column.spendShare"));
        widths(spend, 12, 40, 10, 18, 10, 20, 14);

        topHeader(scope3, 0, label("column.id"), label("column.legalName"), label("column.tier"));
        for (int m = 0; m < methodCount; m++) {
            topHeader(scope3, 3 + m, translated("method.", layout.scope3Methods().get(m)));
        }
        topHeader(scope3, 3 + methodCount, label("column.scope3Total"));
        widths(scope3, 12, 40, 10);
        for (int m = 0; m <= methodCount; m++) {
            scope3.width(3 + m, 22);
        }

        topHeader(audits, 0, label("column.id"), label("column.legalName"), label("column.auditsCompleted"), label("column.lastAudit"),
                label("column.openFindings"), label("column.openCaps"), label("column.overdueCaps"));
        widths(audits, 12, 40, 16, 14, 16, 16, 16);

        for (Worksheet sheet : List.of(indicators, dimensions, tiers, spend, scope3, audits)) {
            sheet.freezePane(2, 1);
        }
        summary.freezePane(0, 8);
    }

    private void append(Portfolio.Row supplier) {
        int r = ++written;
        boolean scored = supplier.total() != null && supplier.tier() != null;
        String tier = scored ? supplier.tier() : notScored;

        start(indicators, r, supplier, tier);
        numbers(indicators, r, 3, supplier.indicatorPoints(), SCORE);

        start(dimensions, r, supplier, null);
        number(dimensions, r, 2, supplier.total(), SCORE);
        numbers(dimensions, r, 3, supplier.dimensionScores(), SCORE);

        start(tiers, r, supplier, null);
        text(tiers, r, 2, supplier.localName());
        text(tiers, r, 3, supplier.country());
        text(tiers, r, 4, supplier.spendCategory());
        text(tiers, r, 5, translated("chainTier.", supplier.chainTier()));
        text(tiers, r, 6, translated("status.", supplier.status()));
        number(tiers, r, 7, supplier.total(), SCORE);
        text(tiers, r, 8, tier);
        text(tiers, r, 9, translated("sourcing.", supplier.sourcingStatus()));
        text(tiers, r, 10, supplier.caps());

        start(spend, r, supplier, tier);
        number(spend, r, 3, supplier.annualSpend(), AMOUNT);
        text(spend, r, 4, supplier.spendCurrency());
        if (supplier.annualSpendUsd() != null) {
            spend.value(r, 5, supplier.annualSpendUsd());
            spend.formula(r, 6, "IF(" + totalSpendCell + "=0,\"\",F" + (r + 1) + "/" + totalSpendCell + ")");
            spend.range(r, 5, r, 5).style().format(AMOUNT).set();
            spend.range(r, 6, r, 6).style().format(SHARE).set();
        }

        start(scope3, r, supplier, tier);
        BigDecimal[] kg = supplier.scope3Kg();
        int methods = layout.scope3Methods().size();
        boolean anyKg = false;
        if (kg != null) {
            for (BigDecimal value : kg) {
                anyKg |= value != null;
            }
        }
        numbers(scope3, r, 3, kg, AMOUNT);
        if (anyKg) {
            scope3.formula(r, 3 + methods, "SUM(" + column(3) + (r + 1) + ":" + column(3 + methods - 1) + (r + 1) + ")");
            scope3.range(r, 3 + methods, r, 3 + methods).style().format(AMOUNT).set();
        }

        start(audits, r, supplier, null);
        audits.value(r, 2, supplier.auditsCompleted());
        if (supplier.lastAuditDate() != null) {
            audits.value(r, 3, supplier.lastAuditDate());
            audits.range(r, 3, r, 3).style().format(DATE).set();
        }
        audits.value(r, 4, supplier.openFindings());
        audits.value(r, 5, supplier.openCorrectiveActions());
        audits.value(r, 6, supplier.overdueCorrectiveActions());
    }

    private void finish() throws IOException {
        int lastDataRow = Math.max(written, 1);
        indicators.setAutoFilter(0, 0, lastDataRow, Math.max(2 + layout.indicators().size(), 2));
        indicators.finish();
        dimensions.setAutoFilter(0, 0, lastDataRow, Math.max(2 + layout.dimensions().size(), 2));
        tiers.setAutoFilter(0, 0, lastDataRow, 10);
        spend.setAutoFilter(0, 0, lastDataRow, 6);
        scope3.setAutoFilter(0, 0, lastDataRow, 3 + layout.scope3Methods().size());
        audits.setAutoFilter(0, 0, lastDataRow, 6);

        summary.inlineString(0, 0, layout.title());
        summary.range(0, 0, 0, 0).style().bold().fontSize(14).set();
        fact(1, "summary.generatedAt");
        summary.value(1, 1, LocalDateTime.ofInstant(layout.generatedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        summary.range(1, 1, 1, 1).style().format("yyyy-mm-dd hh:mm:ss").set();
        fact(2, "summary.generatedBy");
        summary.inlineString(2, 1, layout.generatedBy());
        fact(3, "summary.catalogueVersion");
        summary.value(3, 1, layout.catalogueVersion());
        fact(4, "summary.policyVersion");
        summary.value(4, 1, layout.policyVersion());
        fact(5, "summary.scope3Year");
        if (layout.scope3Year() != null) {
            summary.value(5, 1, layout.scope3Year());
        }
        header(summary, 7, 0, label("column.tier"), label("summary.suppliers"), label("column.annualSpendUsd"),
                label("column.spendShare"), label("summary.scope3Kg"));

        int last = lastDataRow + 1;
        String tierColumn = range(tiers, 8, last);
        String spendTiers = range(spend, 2, last);
        String spendUsd = range(spend, 5, last);
        String scope3Tiers = range(scope3, 2, last);
        String scope3Totals = range(scope3, 3 + layout.scope3Methods().size(), last);
        for (int t = 0; t <= TIERS.size(); t++) {
            int r = 8 + t;
            String criterion = "$A" + (r + 1);
            summary.inlineString(r, 0, t < TIERS.size() ? TIERS.get(t) : notScored);
            summary.formula(r, 1, "COUNTIF(" + tierColumn + "," + criterion + ")");
            summary.formula(r, 2, "SUMIF(" + spendTiers + "," + criterion + "," + spendUsd + ")");
            summary.formula(r, 3, "IF($C$14=0,\"\",C" + (r + 1) + "/$C$14)");
            summary.formula(r, 4, "SUMIF(" + scope3Tiers + "," + criterion + "," + scope3Totals + ")");
            styleSummaryRow(r);
        }
        summary.inlineString(13, 0, label("summary.total"));
        summary.range(13, 0, 13, 0).style().bold().set();
        summary.formula(13, 1, "COUNTA(" + range(tiers, 0, last) + ")");
        summary.formula(13, 2, "SUM(" + spendUsd + ")");
        summary.formula(13, 3, "IF($C$14=0,\"\",C14/$C$14)");
        summary.formula(13, 4, "SUM(" + scope3Totals + ")");
        styleSummaryRow(13);
        summary.width(0, 28);
        summary.width(1, 22);
        summary.width(2, 22);
        summary.width(3, 16);
        summary.width(4, 22);
        summary.setAutoFilter(7, 0, 12, 4);
    }

    private void styleSummaryRow(int r) {
        summary.range(r, 2, r, 2).style().format(AMOUNT).set();
        summary.range(r, 3, r, 3).style().format(SHARE).set();
        summary.range(r, 4, r, 4).style().format(AMOUNT).set();
    }

    private void fact(int r, String key) {
        summary.inlineString(r, 0, label(key));
        summary.range(r, 0, r, 0).style().bold().set();
    }

    private static void start(Worksheet sheet, int r, Portfolio.Row supplier, String tier) {
        sheet.value(r, 0, supplier.supplierId());
        text(sheet, r, 1, supplier.legalName());
        text(sheet, r, 2, tier);
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null) {
            sheet.inlineString(r, c, value);
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value, String format) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.range(r, c, r, c).style().format(format).set();
        }
    }

    /** The values from column {@code first} on, styled one run of adjacent non-blank cells at a time. */
    private static void numbers(Worksheet sheet, int r, int first, BigDecimal[] values, String format) {
        if (values == null) {
            return;
        }
        int runStart = -1;
        for (int i = 0; i <= values.length; i++) {
            BigDecimal value = i < values.length ? values[i] : null;
            if (value != null) {
                sheet.value(r, first + i, value);
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                sheet.range(r, first + runStart, r, first + i - 1).style().format(format).set();
                runStart = -1;
            }
        }
    }

    private static void topHeader(Worksheet sheet, int firstColumn, String... headers) {
        header(sheet, 0, firstColumn, headers);
    }

    private static void header(Worksheet sheet, int r, int firstColumn, String... headers) {
        for (int c = 0; c < headers.length; c++) {
            sheet.inlineString(r, firstColumn + c, headers[c]);
        }
        sheet.range(r, firstColumn, r, firstColumn + headers.length - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
    }

    private static void widths(Worksheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    private static String range(Worksheet sheet, int column, int last) {
        return quoted(sheet) + "!$" + column(column) + "$2:$" + column(column) + "$" + last;
    }

    private static String quoted(Worksheet sheet) {
        return "'" + sheet.getName().replace("'", "''") + "'";
    }

    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private String label(String key) {
        return labels.getString(key);
    }

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
}
