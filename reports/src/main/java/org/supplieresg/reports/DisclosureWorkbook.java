package org.supplieresg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.supplieresg.reports.Disclosure.AuditCoverage;
import org.supplieresg.reports.Disclosure.Emissions;
import org.supplieresg.reports.Disclosure.Impact;
import org.supplieresg.reports.Disclosure.ImpactAssessment;
import org.supplieresg.reports.Disclosure.IndexEntry;
import org.supplieresg.reports.Disclosure.Part;
import org.supplieresg.reports.Disclosure.Screening;
import org.supplieresg.reports.Disclosure.TierShare;

/**
 * The sustainability disclosure of a period as an Excel workbook, with the labels of {@link DisclosurePdf}: a sheet
 * "About" first, then Screening, Impacts, Audits, Emissions, Tiers and Content index, each with a bold, frozen header
 * row. Figures are numeric cells holding what the PDF prints: t CO2e with two decimals (#,##0.00), shares in percent
 * with one decimal (0.0, so 42.9 rather than 0.429). A share with nothing to share is the text "–". A period without
 * data has only the About sheet, which says so.
 */
public final class DisclosureWorkbook {

    private final Disclosure disclosure;
    private final DisclosureLabels labels;
    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle heading;
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle wrap;
    private final CellStyle notApplicable;
    private final CellStyle count;
    private final CellStyle year;
    private final CellStyle tonnes;
    private final CellStyle boldTonnes;
    private final CellStyle percent;
    private final CellStyle amount;
    private final CellStyle boldAmount;
    private final CellStyle boldCount;
    private final CellStyle score;

    private DisclosureWorkbook(Disclosure disclosure, DisclosureLabels labels, XSSFWorkbook workbook) {
        this.disclosure = disclosure;
        this.labels = labels;
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        heading = workbook.createCellStyle();
        heading.setFont(boldFont);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        notApplicable = workbook.createCellStyle();
        notApplicable.setAlignment(HorizontalAlignment.RIGHT);
        count = numberStyle("#,##0", false);
        boldCount = numberStyle("#,##0", true);
        year = numberStyle("0", false);
        tonnes = numberStyle("#,##0.00", false);
        boldTonnes = numberStyle("#,##0.00", true);
        percent = numberStyle("0.0", false);
        amount = numberStyle("#,##0.00", false);
        boldAmount = numberStyle("#,##0.00", true);
        score = numberStyle("0.00", false);
    }

    /**
     * Writes the workbook; {@code out} is left open.
     *
     * @param language Simplified Chinese for any {@code zh} locale, English for every other
     */
    public static void write(Disclosure disclosure, Locale language, OutputStream out) throws IOException {
        Objects.requireNonNull(language, "language");
        write(disclosure, DisclosureLabels.of(language), out);
    }

    static void write(Disclosure disclosure, DisclosureLabels labels, OutputStream out) throws IOException {
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new DisclosureWorkbook(disclosure, labels, workbook).sheets();
            workbook.write(out);
        }
    }

    private void sheets() {
        about();
        if (disclosure.hasData()) {
            screening();
            impacts();
            audits();
            emissions();
            tiers();
            contentIndex();
        }
    }

    private void about() {
        Sheet sheet = sheet("sheet.about", 34, 90);
        text(sheet.createRow(0), 0, label("title"), title);
        int r = 2;
        r = pair(sheet, r, "about.organisation", disclosure.organisation());
        r = pair(sheet, r, "about.period", labels.format("range", DisclosureLabels.date(disclosure.from()),
                DisclosureLabels.date(disclosure.to())));
        Row reportingYear = sheet.createRow(r++);
        text(reportingYear, 0, label("about.reportingYear"), bold);
        number(reportingYear, 1, disclosure.reportingYear(), year);
        r = pair(sheet, r, "about.generatedAt", DisclosureLabels.instant(disclosure.generatedAt()));
        r = pair(sheet, r, "about.generatedBy", disclosure.generatedBy() == null ? DisclosureLabels.NOT_APPLICABLE : disclosure.generatedBy());
        Row method = sheet.createRow(r++);
        text(method, 0, label("about.method"), bold);
        text(method, 1, label("about.methodText"), wrap);
        method.setHeightInPoints(6 * sheet.getDefaultRowHeightInPoints());
        if (!disclosure.hasData()) {
            Row statement = sheet.createRow(++r);
            text(statement, 0, labels.format("noData", DisclosureLabels.date(disclosure.from()),
                    DisclosureLabels.date(disclosure.to()), Integer.toString(disclosure.reportingYear())), wrapBold());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            statement.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        }
    }

    private CellStyle wrapBold() {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(bold);
        style.setWrapText(true);
        return style;
    }

    private void screening() {
        Screening screening = disclosure.screening();
        Sheet sheet = sheet("sheet.screening", 64, 12, 20);
        headers(sheet, 0, "screening.measure", "screening.number", "screening.percent");
        Row newSuppliers = sheet.createRow(1);
        text(newSuppliers, 0, label("screening.new"), bold);
        number(newSuppliers, 1, screening.newSuppliers(), boldCount);
        Row environmental = sheet.createRow(2);
        text(environmental, 0, label("screening.environmental"), null);
        number(environmental, 1, screening.screenedEnvironmental(), count);
        percent(environmental, 2, screening.environmentalPercent());
        Row social = sheet.createRow(3);
        text(social, 0, label("screening.social"), null);
        number(social, 1, screening.screenedSocial(), count);
        percent(social, 2, screening.socialPercent());
        sheet.createFreezePane(0, 1);
    }

    private void impacts() {
        Sheet sheet = sheet("sheet.impacts", 24, 12, 70, 28, 12);
        headers(sheet, 0, "impacts.disclosure", "impacts.point", "table.description", "impacts.number", "impacts.percent");
        int r = 1;
        r = points(sheet, r, "environmental", disclosure.environmental());
        r = points(sheet, r, "social", disclosure.social());
        r++;
        headers(sheet, r++, "impacts.disclosure", "impact.indicator", "impact.name", "impact.source", "impact.suppliers");
        r = impactList(sheet, r, "environmental", disclosure.environmental());
        impactList(sheet, r, "social", disclosure.social());
        sheet.createFreezePane(0, 1);
    }

    private int points(Sheet sheet, int r, String kind, ImpactAssessment assessment) {
        String disclosureLabel = label("impacts." + kind);
        r = point(sheet, r, disclosureLabel, "a", label("impacts.a." + kind), assessment.assessed(), null, false);
        r = point(sheet, r, disclosureLabel, "b", label("impacts.b." + kind), assessment.withImpacts(), null, false);
        r = point(sheet, r, disclosureLabel, "c", label("impacts.c"), assessment.impacts().size(), null, false);
        r = point(sheet, r, disclosureLabel, "d", label("impacts.d"), assessment.withImprovementsAgreed(),
                assessment.improvementsAgreedPercent(), true);
        return point(sheet, r, disclosureLabel, "e", label("impacts.e"), assessment.relationshipsEnded(),
                assessment.relationshipsEndedPercent(), true);
    }

    private int point(Sheet sheet, int r, String disclosureLabel, String letter, String text, long number, BigDecimal share,
                      boolean hasShare) {
        Row row = sheet.createRow(r);
        text(row, 0, disclosureLabel, null);
        text(row, 1, letter, bold);
        text(row, 2, text, wrap);
        number(row, 3, number, count);
        if (hasShare) {
            percent(row, 4, share);
        }
        return r + 1;
    }

    private int impactList(Sheet sheet, int r, String kind, ImpactAssessment assessment) {
        for (Impact impact : assessment.impacts()) {
            Row row = sheet.createRow(r++);
            text(row, 0, label("impacts." + kind), null);
            text(row, 1, impact.indicatorCode(), bold);
            text(row, 2, impact.indicatorName(), wrap);
            text(row, 3, labels.source(impact.source()), null);
            number(row, 4, impact.suppliers(), count);
        }
        return r;
    }

    private void audits() {
        AuditCoverage audits = disclosure.audits();
        Sheet sheet = sheet("sheet.audits", 64, 14);
        headers(sheet, 0, "table.measure", "table.value");
        int r = 1;
        r = measure(sheet, r, "audits.tier1", audits.tier1Suppliers(), count);
        r = measure(sheet, r, "audits.audited", audits.tier1Audited(), count);
        Row coverage = sheet.createRow(r++);
        text(coverage, 0, label("audits.coverage"), bold);
        percent(coverage, 1, audits.coveragePercent());
        r = measure(sheet, r, "audits.onSite", audits.onSiteAudits(), count);
        r = measure(sheet, r, "audits.findings", audits.findings(), count);
        measure(sheet, r, "audits.major", audits.majorFindings(), count);
        sheet.createFreezePane(0, 1);
    }

    private void emissions() {
        Sheet sheet = sheet("sheet.emissions", 14, 56, 18, 16, 12);
        // Measures span columns A and B, their values stand in C, the unit in D: the split tables below need the room.
        headers(sheet, 0, "table.measure", null, "table.value", "table.unit");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        sheet.createFreezePane(0, 1);
        Emissions emissions = disclosure.emissions();
        if (emissions == null) {
            text(sheet.createRow(1), 0, labels.format("emissions.none", Integer.toString(disclosure.reportingYear())), bold);
            return;
        }
        int r = 1;
        Row yearRow = sheet.createRow(r++);
        measureLabel(sheet, yearRow, "emissions.year");
        number(yearRow, 2, emissions.year(), year);
        Row gwp = sheet.createRow(r++);
        measureLabel(sheet, gwp, "emissions.gwpSet");
        text(gwp, 2, emissions.gwpSet(), null);
        Row run = sheet.createRow(r++);
        measureLabel(sheet, run, "emissions.run");
        number(run, 2, emissions.runId(), year);
        r = tonnesRow(sheet, r, "emissions.scope1", emissions.scope1Kg(), false);
        r = tonnesRow(sheet, r, "emissions.scope2Location", emissions.scope2LocationKg(), false);
        r = tonnesRow(sheet, r, "emissions.scope2Market", emissions.scope2MarketKg(), false);
        r = tonnesRow(sheet, r, "emissions.scope3", emissions.scope3Kg(), false);
        r = tonnesRow(sheet, r, "emissions.total", emissions.totalKg(), true);
        Row quality = sheet.createRow(r++);
        measureLabel(sheet, quality, "emissions.dataQuality");
        if (emissions.dataQuality() == null) {
            text(quality, 2, DisclosureLabels.NOT_APPLICABLE, notApplicable);
        } else {
            number(quality, 2, DisclosureLabels.shownScore(emissions.dataQuality()), score);
        }
        r = tonnesRow(sheet, r, "emissions.primary", emissions.primaryShareKg(), false);
        Row primary = sheet.createRow(r++);
        measureLabel(sheet, primary, "emissions.primaryPercent");
        percent(primary, 2, emissions.primaryPercent());
        text(primary, 3, "%", null);

        r = parts(sheet, r + 1, "emissions.byCategory", "emissions.category", emissions, emissions.byCategory());
        r = parts(sheet, r + 1, "emissions.byMethod", "emissions.method", emissions, emissions.byMethod());
        parts(sheet, r + 1, "emissions.byDataQuality", "emissions.band", emissions, emissions.byDataQuality());
    }

    private void measureLabel(Sheet sheet, Row row, String key) {
        text(row, 0, label(key), null);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
    }

    private int tonnesRow(Sheet sheet, int r, String key, BigDecimal kg, boolean total) {
        Row row = sheet.createRow(r);
        measureLabel(sheet, row, key);
        if (total) {
            row.getCell(0).setCellStyle(bold);
        }
        if (kg == null) {
            text(row, 2, DisclosureLabels.NOT_APPLICABLE, notApplicable);
        } else {
            number(row, 2, Disclosure.tonnes(kg), total ? boldTonnes : tonnes);
        }
        text(row, 3, "t CO2e", null);
        return r + 1;
    }

    private int parts(Sheet sheet, int r, String titleKey, String keyHeader, Emissions emissions, List<Part> parts) {
        text(sheet.createRow(r++), 0, label(titleKey), heading);
        headers(sheet, r++, keyHeader, "table.description", "emissions.tonnes", "emissions.share", "emissions.figures");
        for (Part part : parts) {
            Row row = sheet.createRow(r++);
            text(row, 0, part.key(), bold);
            text(row, 1, part.label(), null);
            if (part.kg() == null) {
                text(row, 2, DisclosureLabels.NOT_APPLICABLE, notApplicable);
            } else {
                number(row, 2, Disclosure.tonnes(part.kg()), tonnes);
            }
            percent(row, 3, emissions.scope3Percent(part));
            number(row, 4, part.figures(), count);
        }
        return r;
    }

    private void tiers() {
        Sheet sheet = sheet("sheet.tiers", 16, 12, 20, 14, 22, 16);
        Row head = headers(sheet, 0, "tiers.tier", "tiers.suppliers", "tiers.spend", "tiers.spendShare", null,
                "tiers.purchasedShare");
        text(head, 4, labels.format("tiers.purchased", Integer.toString(disclosure.reportingYear())), header);
        int r = 1;
        long suppliers = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal purchased = BigDecimal.ZERO;
        for (TierShare tier : disclosure.tiers()) {
            Row row = sheet.createRow(r++);
            text(row, 0, labels.tier(tier.tier()), bold);
            number(row, 1, tier.suppliers(), count);
            amount(row, 2, tier.annualSpendUsd(), amount);
            percent(row, 3, tier.spendPercent());
            amount(row, 4, tier.purchasedUsd(), amount);
            percent(row, 5, tier.purchasedPercent());
            suppliers += tier.suppliers();
            spend = tier.annualSpendUsd() == null ? spend : spend.add(tier.annualSpendUsd());
            purchased = tier.purchasedUsd() == null ? purchased : purchased.add(tier.purchasedUsd());
        }
        Row total = sheet.createRow(r);
        text(total, 0, label("tiers.total"), bold);
        number(total, 1, suppliers, boldCount);
        amount(total, 2, spend, boldAmount);
        amount(total, 4, purchased, boldAmount);
        sheet.createFreezePane(0, 1);
    }

    private void contentIndex() {
        Sheet sheet = sheet("sheet.index", 10, 12, 48, 30, 48);
        headers(sheet, 0, "index.standard", "index.disclosure", "index.title", "index.location", "index.omission");
        int r = 1;
        for (IndexEntry entry : disclosure.contentIndex()) {
            Row row = sheet.createRow(r++);
            text(row, 0, entry.standard(), null);
            text(row, 1, entry.disclosure(), bold);
            text(row, 2, entry.title(), wrap);
            text(row, 3, entry.location(), wrap);
            text(row, 4, entry.omission(), wrap);
        }
        sheet.createFreezePane(0, 1);
    }

    private Sheet sheet(String nameKey, int... widths) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(label(nameKey)));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

    /** A bold header row; a null key leaves a styled, empty cell for a caller to fill or a merge to cover. */
    private Row headers(Sheet sheet, int r, String... keys) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < keys.length; c++) {
            text(row, c, keys[c] == null ? "" : label(keys[c]), header);
        }
        return row;
    }

    private int pair(Sheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label(key), bold);
        text(row, 1, value, wrap);
        return r + 1;
    }

    private int measure(Sheet sheet, int r, String key, long value, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label(key), null);
        number(row, 1, value, style);
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private void amount(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            text(row, column, DisclosureLabels.NOT_APPLICABLE, notApplicable);
        } else {
            number(row, column, value, style);
        }
    }

    /** A share as the PDF prints it (42.9, formatted 0.0), or "–" when there is nothing to share. */
    private void percent(Row row, int column, BigDecimal share) {
        if (share == null) {
            text(row, column, DisclosureLabels.NOT_APPLICABLE, notApplicable);
        } else {
            number(row, column, DisclosureLabels.shownPercent(share), percent);
        }
    }

    private CellStyle numberStyle(String format, boolean isBold) {
        CellStyle style = workbook.createCellStyle();
        if (isBold) {
            style.cloneStyleFrom(bold);
        }
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private String label(String key) {
        return labels.get(key);
    }
}
