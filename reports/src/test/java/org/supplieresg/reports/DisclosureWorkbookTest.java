package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.Disclosure.AuditCoverage;
import org.supplieresg.reports.Disclosure.Emissions;
import org.supplieresg.reports.Disclosure.Impact;
import org.supplieresg.reports.Disclosure.ImpactAssessment;
import org.supplieresg.reports.Disclosure.IndexEntry;
import org.supplieresg.reports.Disclosure.Part;
import org.supplieresg.reports.Disclosure.Screening;
import org.supplieresg.reports.Disclosure.TierShare;

/**
 * Reads the written workbooks back with POI. Expected values are computed here, independently of the writer: tonnes as
 * kg / 1000 rounded half-up to two decimals, shares as the percent with one decimal the PDF prints (42.9, not 0.429).
 */
class DisclosureWorkbookTest {

    private static final String DASH = "\u2013";

    @Test
    void everyFigureIsANumericCellWithItsFormat() throws IOException {
        Disclosure d = Disclosures.year2025();
        try (XSSFWorkbook workbook = read(write(d, Locale.ENGLISH, "disclosure-sample-en.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("About", "Screening", "Impacts", "Audits", "Emissions", "Tiers",
                    "Content index");
            assertEveryFigure(workbook, d, Locale.ENGLISH);

            // Literal anchors, so that a rounding slip shared by writer and test would still show.
            Sheet emissions = workbook.getSheet("Emissions");
            assertThat(labelled(emissions, 0, "Scope 1").getCell(2).getNumericCellValue()).isEqualTo(1234.57);
            assertThat(labelled(emissions, 0, "Total (Scope 1 + Scope 2 market-based + Scope 3)").getCell(2).getNumericCellValue())
                    .isEqualTo(51902.34);
            assertThat(workbook.getSheet("Screening").getRow(2).getCell(2).getNumericCellValue()).isEqualTo(85.7);
        }
    }

    @Test
    void headersAreBoldAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = read(write(Disclosures.year2025(), Locale.ENGLISH, null))) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("About")) {
                    continue;
                }
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName() + ": frozen rows").isEqualTo((short) 1);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isNotBlank();
                for (Cell cell : header) {
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .as(sheet.getSheetName() + " " + cell.getAddress()).isTrue();
                }
            }
        }
    }

    @Test
    void chineseWorkbookHasChineseSheetsAndLabels() throws IOException {
        Disclosure d = Disclosures.year2025();
        try (XSSFWorkbook workbook = read(write(d, Locale.SIMPLIFIED_CHINESE, "disclosure-sample-zh.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("关于本报告", "供应商筛选", "负面影响", "审核覆盖率", "温室气体排放", "采购等级",
                    "内容索引");
            assertThat(labelled(workbook.getSheet("温室气体排放"), 0, "范围二（基于市场）").getCell(2).getNumericCellValue())
                    .isEqualTo(1902.34);
            assertThat(labelled(workbook.getSheet("采购等级"), 0, "未评级").getCell(1).getNumericCellValue()).isEqualTo(9);
            assertEveryFigure(workbook, d, Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void anEmptyPeriodHasOnlyTheAboutSheetWhichSaysSo() throws IOException {
        Disclosure d = Disclosures.emptyQuarter();
        try (XSSFWorkbook workbook = read(write(d, Locale.ENGLISH, "disclosure-sample-empty-en.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("About");
            Sheet about = workbook.getSheet("About");
            assertThat(labelled(about, 0, "Reporting period").getCell(1).getStringCellValue()).isEqualTo("2026-01-01 to 2026-03-31");
            assertThat(texts(about)).contains("No supplier data for this period: no suppliers were onboarded, assessed or audited"
                    + " between 2026-01-01 and 2026-03-31, and no emissions were calculated for 2026.");
        }
        try (XSSFWorkbook workbook = read(write(d, Locale.SIMPLIFIED_CHINESE, null))) {
            assertThat(sheetNames(workbook)).containsExactly("关于本报告");
            assertThat(texts(workbook.getSheetAt(0)))
                    .contains("本报告期内无供应商数据：2026-01-01 至 2026-03-31 期间没有供应商准入、评估或审核，2026 年度也未进行排放计算。");
        }
    }

    @Test
    void sharesOfNothingAreADashAndMissingEmissionsAreSaid() throws IOException {
        Disclosure d = Disclosures.sharesWithoutWhole();
        try (XSSFWorkbook workbook = read(write(d, Locale.ENGLISH, "disclosure-sample-no-shares-en.xlsx"))) {
            Sheet screening = workbook.getSheet("Screening");
            assertThat(screening.getRow(2).getCell(2).getStringCellValue()).isEqualTo(DASH);
            assertThat(screening.getRow(3).getCell(2).getStringCellValue()).isEqualTo(DASH);
            assertThat(labelled(workbook.getSheet("Audits"), 0, "Audit coverage of Tier-1 suppliers (%)").getCell(1).getStringCellValue())
                    .isEqualTo(DASH);
            assertThat(labelled(workbook.getSheet("Tiers"), 0, "A").getCell(5).getStringCellValue()).isEqualTo(DASH);
            assertThat(texts(workbook.getSheet("Emissions"))).contains("No emissions calculation exists for 2025.");
            assertThat(texts(workbook.getSheet("Content index"))).contains(Disclosures.E1_6_OMISSION_NO_RUN);
            assertEveryFigure(workbook, d, Locale.ENGLISH);
        }
    }

    @Test
    void theStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        DisclosureWorkbook.write(Disclosures.year2025(), Locale.ENGLISH, out);

        assertThat(closed[0]).isFalse();
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
        }
    }

    private static void assertEveryFigure(XSSFWorkbook workbook, Disclosure d, Locale language) {
        ResourceBundle labels = DisclosureLabelsTest.bundle(language);

        Sheet about = workbook.getSheet(labels.getString("sheet.about"));
        assertThat(labelled(about, 0, labels.getString("about.organisation")).getCell(1).getStringCellValue()).isEqualTo(d.organisation());
        assertThat(labelled(about, 0, labels.getString("about.reportingYear")).getCell(1).getNumericCellValue())
                .isEqualTo(d.reportingYear());
        assertThat(labelled(about, 0, labels.getString("about.generatedAt")).getCell(1).getStringCellValue())
                .isEqualTo("2026-02-14 09:30 UTC");
        if (!d.hasData()) {
            return;
        }

        Screening screening = d.screening();
        Sheet screeningSheet = workbook.getSheet(labels.getString("sheet.screening"));
        assertCount(labelled(screeningSheet, 0, labels.getString("screening.new")).getCell(1), screening.newSuppliers());
        Row environmental = labelled(screeningSheet, 0, labels.getString("screening.environmental"));
        assertCount(environmental.getCell(1), screening.screenedEnvironmental());
        assertShare(environmental.getCell(2), screening.screenedEnvironmental(), screening.newSuppliers());
        Row social = labelled(screeningSheet, 0, labels.getString("screening.social"));
        assertCount(social.getCell(1), screening.screenedSocial());
        assertShare(social.getCell(2), screening.screenedSocial(), screening.newSuppliers());

        Sheet impacts = workbook.getSheet(labels.getString("sheet.impacts"));
        assertPoints(impacts, 1, labels.getString("impacts.environmental"), d.environmental());
        assertPoints(impacts, 6, labels.getString("impacts.social"), d.social());
        List<Impact> listed = new ArrayList<>(d.environmental().impacts());
        listed.addAll(d.social().impacts());
        int first = 13; // rows 1-10 points a-e twice, row 11 empty, row 12 the list's header
        assertThat(impacts.getRow(12).getCell(1).getStringCellValue()).isEqualTo(labels.getString("impact.indicator"));
        for (int i = 0; i < listed.size(); i++) {
            Impact impact = listed.get(i);
            Row row = impacts.getRow(first + i);
            String kind = i < d.environmental().impacts().size() ? "impacts.environmental" : "impacts.social";
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(labels.getString(kind));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(impact.indicatorCode());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(impact.indicatorName());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(labels.getString("source." + impact.source()));
            assertCount(row.getCell(4), impact.suppliers());
        }
        assertThat(impacts.getRow(first + listed.size())).isNull();

        AuditCoverage audits = d.audits();
        Sheet auditSheet = workbook.getSheet(labels.getString("sheet.audits"));
        assertCount(labelled(auditSheet, 0, labels.getString("audits.tier1")).getCell(1), audits.tier1Suppliers());
        assertCount(labelled(auditSheet, 0, labels.getString("audits.audited")).getCell(1), audits.tier1Audited());
        assertShare(labelled(auditSheet, 0, labels.getString("audits.coverage")).getCell(1), audits.tier1Audited(), audits.tier1Suppliers());
        assertCount(labelled(auditSheet, 0, labels.getString("audits.onSite")).getCell(1), audits.onSiteAudits());
        assertCount(labelled(auditSheet, 0, labels.getString("audits.findings")).getCell(1), audits.findings());
        assertCount(labelled(auditSheet, 0, labels.getString("audits.major")).getCell(1), audits.majorFindings());

        Emissions e = d.emissions();
        Sheet emissions = workbook.getSheet(labels.getString("sheet.emissions"));
        if (e != null) {
            assertThat(labelled(emissions, 0, labels.getString("emissions.year")).getCell(2).getNumericCellValue()).isEqualTo(e.year());
            assertThat(labelled(emissions, 0, labels.getString("emissions.gwpSet")).getCell(2).getStringCellValue()).isEqualTo(e.gwpSet());
            assertThat(labelled(emissions, 0, labels.getString("emissions.run")).getCell(2).getNumericCellValue()).isEqualTo(e.runId());
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.scope1")).getCell(2), e.scope1Kg());
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.scope2Location")).getCell(2), e.scope2LocationKg());
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.scope2Market")).getCell(2), e.scope2MarketKg());
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.scope3")).getCell(2), e.scope3Kg());
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.total")).getCell(2),
                    e.scope1Kg().add(e.scope2MarketKg()).add(e.scope3Kg()));
            Cell quality = labelled(emissions, 0, labels.getString("emissions.dataQuality")).getCell(2);
            assertThat(quality.getNumericCellValue()).isEqualTo(e.dataQuality().setScale(2, RoundingMode.HALF_UP).doubleValue());
            assertThat(quality.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertTonnes(labelled(emissions, 0, labels.getString("emissions.primary")).getCell(2), e.primaryShareKg());
            assertShare(labelled(emissions, 0, labels.getString("emissions.primaryPercent")).getCell(2), e.primaryShareKg(), e.scope3Kg());
            assertParts(emissions, labels.getString("emissions.byCategory"), e.byCategory(), e.scope3Kg());
            assertParts(emissions, labels.getString("emissions.byMethod"), e.byMethod(), e.scope3Kg());
            assertParts(emissions, labels.getString("emissions.byDataQuality"), e.byDataQuality(), e.scope3Kg());
        } else {
            assertThat(emissions.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(labels.getString("emissions.none").replace("{0}", Integer.toString(d.reportingYear())));
        }

        Sheet tiers = workbook.getSheet(labels.getString("sheet.tiers"));
        long suppliers = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal purchased = BigDecimal.ZERO;
        for (int i = 0; i < d.tiers().size(); i++) {
            TierShare tier = d.tiers().get(i);
            Row row = tiers.getRow(1 + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(tier.tier().equals("NONE") ? labels.getString("tier.NONE") : tier.tier());
            assertCount(row.getCell(1), tier.suppliers());
            assertAmount(row.getCell(2), tier.annualSpendUsd());
            assertPercent(row.getCell(3), tier.spendPercent());
            assertAmount(row.getCell(4), tier.purchasedUsd());
            assertPercent(row.getCell(5), tier.purchasedPercent());
            suppliers += tier.suppliers();
            spend = spend.add(tier.annualSpendUsd());
            purchased = purchased.add(tier.purchasedUsd());
        }
        Row total = tiers.getRow(1 + d.tiers().size());
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo(labels.getString("tiers.total"));
        assertCount(total.getCell(1), suppliers);
        assertAmount(total.getCell(2), spend);
        assertAmount(total.getCell(4), purchased);
        assertThat(tiers.getRow(0).getCell(4).getStringCellValue())
                .isEqualTo(labels.getString("tiers.purchased").replace("{0}", Integer.toString(d.reportingYear())));

        Sheet index = workbook.getSheet(labels.getString("sheet.index"));
        List<List<String>> entries = IntStream.rangeClosed(1, index.getLastRowNum())
                .mapToObj(r -> IntStream.range(0, 5).mapToObj(c -> Cells.text(index.getRow(r).getCell(c))).toList())
                .toList();
        assertThat(entries).containsExactlyElementsOf(d.contentIndex().stream()
                .map(entry -> Arrays.asList(entry.standard(), entry.disclosure(), entry.title(), entry.location(), entry.omission()))
                .toList());
    }

    /** Points a to e of one assessment, starting at row {@code first}. */
    private static void assertPoints(Sheet sheet, int first, String disclosure, ImpactAssessment assessment) {
        long[] numbers = {assessment.assessed(), assessment.withImpacts(), assessment.impacts().size(),
                assessment.withImprovementsAgreed(), assessment.relationshipsEnded()};
        for (int i = 0; i < 5; i++) {
            Row row = sheet.getRow(first + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(disclosure);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(String.valueOf((char) ('a' + i)));
            assertCount(row.getCell(3), numbers[i]);
            if (i < 3) {
                assertThat(row.getCell(4)).as("no share for point " + (char) ('a' + i)).isNull();
            } else {
                assertShare(row.getCell(4), numbers[i], assessment.withImpacts());
            }
        }
    }

    /** A split of Scope 3: its title row, a header row, then one row per part in order. */
    private static void assertParts(Sheet sheet, String title, List<Part> parts, BigDecimal scope3Kg) {
        int titleRow = labelled(sheet, 0, title).getRowNum();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Row row = sheet.getRow(titleRow + 2 + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(part.key());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(part.label());
            assertTonnes(row.getCell(2), part.kg());
            assertShare(row.getCell(3), part.kg(), scope3Kg);
            assertCount(row.getCell(4), part.figures());
        }
    }

    private static void assertCount(Cell cell, long expected) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString()).isEqualTo(expected);
    }

    private static void assertTonnes(Cell cell, BigDecimal kg) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString())
                .isEqualTo(kg.movePointLeft(3).setScale(2, RoundingMode.HALF_UP).doubleValue());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    private static void assertAmount(Cell cell, BigDecimal usd) {
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString()).isEqualTo(usd.doubleValue());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    private static void assertShare(Cell cell, long part, long whole) {
        assertPercent(cell, whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    private static void assertShare(Cell cell, BigDecimal part, BigDecimal whole) {
        assertPercent(cell, whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP));
    }

    /** The share as the PDF prints it (42.9 with format 0.0), or the text "–" when there is nothing to share. */
    private static void assertPercent(Cell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell.getStringCellValue()).as(cell.getAddress().toString()).isEqualTo(DASH);
            return;
        }
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString())
                .isEqualTo(expected.setScale(1, RoundingMode.HALF_UP).doubleValue());
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }

    /** The first row whose cell in {@code column} reads {@code label}. */
    private static Row labelled(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled \"" + label + "\" on sheet " + sheet.getSheetName());
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static byte[] write(Disclosure disclosure, Locale language, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureWorkbook.write(disclosure, language, out);
        byte[] xlsx = out.toByteArray();
        if (sample != null) {
            // Kept for a person to look at: mvn -pl reports test, then open reports/target/<sample>.
            Files.write(Path.of("target", sample), xlsx);
        }
        return xlsx;
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
