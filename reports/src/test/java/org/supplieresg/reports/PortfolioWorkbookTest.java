package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.supplieresg.reports.Portfolios.GANZHOU;
import static org.supplieresg.reports.Portfolios.HUNAN;
import static org.supplieresg.reports.Portfolios.NEWCOMER;
import static org.supplieresg.reports.Portfolios.ROWS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class PortfolioWorkbookTest {

    private static final List<String> SHEETS = List.of("Summary", "Indicators", "Dimensions", "Tiers", "Spend", "Scope 3", "Audits");
    private static final List<String> TIER_LABELS = List.of("A", "B", "C", "D", "Not scored");
    /** The English labels of the codes the rows carry, written out here rather than read from the bundle. */
    private static final Map<String, String> ENGLISH_CODES = Map.ofEntries(Map.entry("TIER_1", "Tier-1"),
            Map.entry("TIER_2", "Tier-2"), Map.entry("ACTIVE", "Active"), Map.entry("INACTIVE", "Inactive"),
            Map.entry("ONBOARDING", "Onboarding"), Map.entry("PREFERRED", "Preferred"), Map.entry("APPROVED", "Approved"),
            Map.entry("CONDITIONAL", "Conditional"), Map.entry("BLOCKED", "Blocked"));

    @Test
    void writesEverySheetWithItsHeaderFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = read(write(Locale.ENGLISH))) {
            assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName)).containsExactlyElementsOf(SHEETS);
            assertThat(headers(book.getSheet("Indicators"), 0)).containsExactly("Supplier ID", "Legal name", "Tier",
                    "ENV-01", "ENV-02", "LAB-01", "LAB-02", "GOV-01");
            assertThat(headers(book.getSheet("Dimensions"), 0)).containsExactly("Supplier ID", "Legal name", "Total score",
                    "Environment", "Labour and human rights", "Governance and ethics");
            assertThat(headers(book.getSheet("Tiers"), 0)).containsExactly("Supplier ID", "Legal name", "Local-language name",
                    "Country", "Spend category", "Supply chain tier", "Status", "Total score", "Tier", "Sourcing status", "Tier caps");
            assertThat(headers(book.getSheet("Spend"), 0)).containsExactly("Supplier ID", "Legal name", "Tier", "Annual spend",
                    "Currency", "Annual spend (USD)", "Share of total spend");
            assertThat(headers(book.getSheet("Scope 3"), 0)).containsExactly("Supplier ID", "Legal name", "Tier",
                    "Supplier-specific (kg CO2e)", "Hybrid (kg CO2e)", "Average-data (kg CO2e)", "Spend-based (kg CO2e)",
                    "Total (kg CO2e)");
            assertThat(headers(book.getSheet("Audits"), 0)).containsExactly("Supplier ID", "Legal name", "Completed audits",
                    "Last audit", "Open findings", "Open CAPs", "Overdue CAPs");
            assertThat(headers(book.getSheet("Summary"), PortfolioWorkbook.SUMMARY_TABLE_HEADER)).containsExactly("Tier",
                    "Suppliers", "Annual spend (USD)", "Share of total spend", "Scope 3 (kg CO2e)");

            Map<String, String> filters = new LinkedHashMap<>();
            for (XSSFSheet sheet : List.of(book.getSheet("Indicators"), book.getSheet("Dimensions"), book.getSheet("Tiers"),
                    book.getSheet("Spend"), book.getSheet("Scope 3"), book.getSheet("Audits"))) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 2);
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(sheet.getColumnWidth(1)).as("legal name width").isEqualTo(40 * 256);
                filters.put(sheet.getSheetName(), sheet.getCTWorksheet().getAutoFilter().getRef());
            }
            assertThat(filters).containsExactly(Map.entry("Indicators", "A1:H8"), Map.entry("Dimensions", "A1:F8"),
                    Map.entry("Tiers", "A1:K8"), Map.entry("Spend", "A1:G8"), Map.entry("Scope 3", "A1:H8"),
                    Map.entry("Audits", "A1:G8"));
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (PortfolioWorkbook.SUMMARY_TABLE_HEADER + 1));
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A8:E13");
        }
    }

    @Test
    void writesTheFiguresOfEverySupplierAsGivenWithBlanksForNulls() throws IOException {
        try (XSSFWorkbook book = read(write(Locale.ENGLISH))) {
            Sheet indicators = book.getSheet("Indicators");
            Sheet dimensions = book.getSheet("Dimensions");
            Sheet tiers = book.getSheet("Tiers");
            Sheet spend = book.getSheet("Spend");
            Sheet scope3 = book.getSheet("Scope 3");
            Sheet audits = book.getSheet("Audits");
            for (int i = 0; i < ROWS.size(); i++) {
                Portfolio.Row supplier = ROWS.get(i);
                int r = i + 1;
                String tier = tierLabel(supplier, "Not scored");
                for (Sheet sheet : List.of(indicators, dimensions, tiers, spend, scope3, audits)) {
                    assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).as(sheet.getSheetName()).isEqualTo(supplier.supplierId());
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(supplier.legalName());
                }

                assertThat(text(indicators, r, 2)).isEqualTo(tier);
                assertNumbers(indicators, r, PortfolioWorkbook.FIRST_INDICATOR, supplier.indicatorPoints(), 5, "0.00");

                assertNumber(dimensions, r, 2, supplier.total(), "0.00");
                assertNumbers(dimensions, r, PortfolioWorkbook.FIRST_DIMENSION, supplier.dimensionScores(), 3, "0.00");

                assertThat(text(tiers, r, 2)).isEqualTo(supplier.localName());
                assertThat(text(tiers, r, 3)).isEqualTo(supplier.country());
                assertThat(text(tiers, r, 4)).isEqualTo(supplier.spendCategory());
                assertThat(text(tiers, r, 5)).isEqualTo(english(supplier.chainTier()));
                assertThat(text(tiers, r, 6)).isEqualTo(english(supplier.status()));
                assertNumber(tiers, r, 7, supplier.total(), "0.00");
                assertThat(text(tiers, r, 8)).isEqualTo(tier);
                assertThat(text(tiers, r, 9)).isEqualTo(english(supplier.sourcingStatus()));
                assertThat(text(tiers, r, 10)).isEqualTo(supplier.caps());

                assertThat(text(spend, r, 2)).isEqualTo(tier);
                assertNumber(spend, r, 3, supplier.annualSpend(), "#,##0");
                assertThat(text(spend, r, 4)).isEqualTo(supplier.spendCurrency());
                assertNumber(spend, r, 5, supplier.annualSpendUsd(), "#,##0");
                Cell share = spend.getRow(r).getCell(6);
                if (supplier.annualSpendUsd() == null) {
                    assertThat(share).isNull();
                } else {
                    assertThat(share.getCellFormula()).isEqualTo("IF('Summary'!$C$14=0,\"\",F" + (r + 1) + "/'Summary'!$C$14)");
                    assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                }

                assertThat(text(scope3, r, 2)).isEqualTo(tier);
                assertNumbers(scope3, r, PortfolioWorkbook.FIRST_METHOD, supplier.scope3Kg(), 4, "#,##0");
                Cell total = scope3.getRow(r).getCell(7);
                if (scope3Total(supplier) == null) {
                    assertThat(total).as("no figure, no total").isNull();
                } else {
                    assertThat(total.getCellFormula()).isEqualTo("SUM(D" + (r + 1) + ":G" + (r + 1) + ")");
                    assertThat(total.getNumericCellValue()).as("stored value").isEqualTo(scope3Total(supplier).doubleValue());
                    assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                }

                assertThat(audits.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(supplier.auditsCompleted());
                Cell lastAudit = audits.getRow(r).getCell(3);
                if (supplier.lastAuditDate() == null) {
                    assertThat(lastAudit).isNull();
                } else {
                    assertThat(lastAudit.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(supplier.lastAuditDate());
                    assertThat(lastAudit.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                }
                assertThat(audits.getRow(r).getCell(4).getNumericCellValue()).isEqualTo(supplier.openFindings());
                assertThat(audits.getRow(r).getCell(5).getNumericCellValue()).isEqualTo(supplier.openCorrectiveActions());
                assertThat(audits.getRow(r).getCell(6).getNumericCellValue()).isEqualTo(supplier.overdueCorrectiveActions());
            }
            assertThat(indicators.getLastRowNum()).isEqualTo(ROWS.size());
            assertThat(text(tiers, 1, 2)).isEqualTo("湖南新源正极材料有限公司");
        }
    }

    @Test
    void summaryFormulasCountAndAddUpTheOtherSheetsByTier() throws IOException {
        Map<String, Expected> expected = expectedByTier("Not scored");
        assertThat(expected.get("B").suppliers()).as("the fixture has two B suppliers").isEqualTo(2);
        assertThat(expected.get("Not scored").suppliers()).as("one never scored, one scored without a tier").isEqualTo(2);
        try (XSSFWorkbook book = read(write(Locale.ENGLISH))) {
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Supplier portfolio, November 2026");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Generated at (UTC)");
            assertThat(summary.getRow(1).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 15, 30));
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Li Wei (buyer)");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2025);
            assertThat(book.getForceFormulaRecalculation()).as("Excel recalculates on opening").isTrue();

            Row notScored = summary.getRow(PortfolioWorkbook.SUMMARY_NOT_SCORED);
            assertThat(notScored.getCell(1).getCellFormula()).isEqualTo("COUNTIF('Tiers'!$I$2:$I$8,$A13)");
            assertThat(notScored.getCell(2).getCellFormula()).isEqualTo("SUMIF('Spend'!$C$2:$C$8,$A13,'Spend'!$F$2:$F$8)");
            assertThat(notScored.getCell(4).getCellFormula()).isEqualTo("SUMIF('Scope 3'!$C$2:$C$8,$A13,'Scope 3'!$H$2:$H$8)");
            assertSummary(summary, expected, "stored with the formulas");

            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            assertSummary(summary, expected, "calculated");
            Sheet spend = book.getSheet("Spend");
            BigDecimal totalSpend = expected.get("Total").spendUsd();
            for (int i = 0; i < ROWS.size(); i++) {
                Cell share = spend.getRow(i + 1).getCell(6);
                if (share != null) {
                    assertThat(share.getNumericCellValue()).isCloseTo(ratio(ROWS.get(i).annualSpendUsd(), totalSpend), within(1e-12));
                }
            }
            assertThat(book.getSheet("Scope 3").getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1_550_000.5);
        }
    }

    @Test
    void writesChineseLabelsAndItsFormulasStillAddUp() throws IOException {
        Map<String, Expected> expected = expectedByTier("未评分");
        try (XSSFWorkbook book = read(write(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                    .containsExactly("汇总", "指标得分", "维度得分", "等级", "采购额", "范围三", "审核");
            assertThat(headers(book.getSheet("等级"), 0)).containsExactly("供应商编号", "法定名称", "本地语言名称", "国家", "采购品类",
                    "供应链层级", "状态", "总分", "等级", "采购状态", "等级上限");
            assertThat(headers(book.getSheet("范围三"), 0)).containsExactly("供应商编号", "法定名称", "等级", "供应商特定法（kg CO2e）",
                    "混合法（kg CO2e）", "平均数据法（kg CO2e）", "支出法（kg CO2e）", "合计（kg CO2e）");
            Sheet tiers = book.getSheet("等级");
            assertThat(text(tiers, 1, 5)).isEqualTo("一级");
            assertThat(text(tiers, 1, 6)).isEqualTo("合作中");
            assertThat(text(tiers, 1, 9)).isEqualTo("优选");
            assertThat(text(tiers, ROWS.indexOf(NEWCOMER) + 1, 8)).isEqualTo("未评分");
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("生成时间（UTC）");
            assertThat(summary.getRow(PortfolioWorkbook.SUMMARY_TOTAL).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(summary.getRow(PortfolioWorkbook.SUMMARY_NOT_SCORED).getCell(4).getCellFormula())
                    .isEqualTo("SUMIF('范围三'!$C$2:$C$8,$A13,'范围三'!$H$2:$H$8)");

            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            assertSummary(summary, expected, "calculated over the Chinese sheet names");
        }
    }

    @Test
    void anEmptyPortfolioHasItsSheetsAndASummaryOfZeros() throws IOException {
        Portfolio empty = new Portfolio("Empty", Portfolios.GENERATED_AT, "admin", 1, 1, List.of(), List.of(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWorkbook.write(empty, Collections.emptyIterator(), Locale.ENGLISH, out);
        try (XSSFWorkbook book = read(out.toByteArray())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(SHEETS.size());
            assertThat(headers(book.getSheet("Scope 3"), 0)).containsExactly("Supplier ID", "Legal name", "Tier", "Total (kg CO2e)");
            assertThat(book.getSheet("Indicators").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2");
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(5).getCell(1)).as("no Scope 3 year").isNull();
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            for (int r = PortfolioWorkbook.SUMMARY_FIRST_TIER; r <= PortfolioWorkbook.SUMMARY_TOTAL; r++) {
                Row row = summary.getRow(r);
                assertThat(row.getCell(1).getNumericCellValue()).isZero();
                assertThat(row.getCell(2).getNumericCellValue()).isZero();
                assertThat(row.getCell(3).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(3).getStringCellValue()).as("no share of nothing").isEmpty();
                assertThat(row.getCell(4).getNumericCellValue()).isZero();
            }
        }
    }

    @Test
    void refusesARowWhoseArraysDoNotMatchTheLayoutAndLeavesNoTemporaryFile(@TempDir Path temporary) {
        Portfolio.Row misaligned = new Portfolio.Row(7, "Short Row Ltd.", null, "CN", "Cobalt", "TIER_1", "ACTIVE",
                Portfolios.d("50"), "C", "CONDITIONAL", null, new BigDecimal[3], new BigDecimal[4], null, null, null,
                new BigDecimal[4], 0, null, 0, 0, 0);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        try {
            assertThatThrownBy(() -> PortfolioWorkbook.write(Portfolios.layout(), List.of(HUNAN, GANZHOU, misaligned).iterator(),
                    Locale.ENGLISH, OutputStream.nullOutputStream()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("supplier 7: indicatorPoints has 4 elements for 5 columns");
            assertThat(temporary).isEmptyDirectory();

            assertThatThrownBy(() -> PortfolioWorkbook.write(Portfolios.layout(), failingAfter(2), Locale.ENGLISH,
                    OutputStream.nullOutputStream())).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
            assertThat(temporary).isEmptyDirectory();

            assertThatThrownBy(() -> PortfolioWorkbook.write(Portfolios.layout(), ROWS.iterator(), Locale.ENGLISH, new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("client went away");
                }
            })).isInstanceOf(IOException.class);
            assertThat(temporary).isEmptyDirectory();

            PortfolioWorkbook.write(Portfolios.layout(), ROWS.iterator(), Locale.ENGLISH, OutputStream.nullOutputStream());
            assertThat(temporary).as("nor after a workbook written").isEmptyDirectory();
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndTheWorkbookUsesEveryOne() throws IOException {
        Properties english = load("portfolio.properties");
        Properties chinese = load("portfolio_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());

        RecordingBundle labels = new RecordingBundle(PortfolioWorkbook.labels(Locale.ENGLISH));
        PortfolioWorkbook.write(Portfolios.layout(), ROWS.iterator(), labels, OutputStream.nullOutputStream());
        assertThat(labels.used).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void chineseLabelsAreReadAsUtf8AndAnyChineseLocaleGetsThem() {
        assertThat(PortfolioWorkbook.labels(Locale.SIMPLIFIED_CHINESE).getString("tier.notScored")).isEqualTo("未评分");
        assertThat(PortfolioWorkbook.labels(Locale.ENGLISH).getString("tier.notScored")).isEqualTo("Not scored");
    }

    /**
     * 20,000 suppliers of 135 indicators, made one at a time as the writer asks for them: every few thousand rows the
     * generator checks, after a garbage collection, that none of the suppliers it handed out before is still held.
     */
    @Test
    void streamsTwentyThousandSuppliersWithoutHoldingThem(@TempDir Path directory) throws Exception {
        Portfolio layout = wideLayout(135, 8);
        LazyRows rows = new LazyRows(20_000, 135, 8, 4);
        Path file = directory.resolve("portfolio.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PortfolioWorkbook.write(layout, rows, Locale.ENGLISH, out);
        }
        assertThat(rows.generated).isEqualTo(20_000);
        assertThat(rows.checks).isGreaterThanOrEqualTo(3);
        assertThat(rows.stillHeld).as("suppliers already written but still reachable").isZero();

        Map<String, int[]> shapes = shapes(file);
        assertThat(shapes.keySet()).containsExactlyElementsOf(SHEETS);
        long answered = IntStream.range(0, 135).filter(j -> !LazyRows.blank(19_999, j)).count();
        assertThat(shapes.get("Indicators")).as("rows, last row number, cells in the last row").containsExactly(20_001, 20_001, 3 + (int) answered);
        assertThat(shapes.get("Dimensions")).containsExactly(20_001, 20_001, 3 + 8);
        assertThat(shapes.get("Tiers")[0]).isEqualTo(20_001);
        assertThat(shapes.get("Spend")[0]).isEqualTo(20_001);
        assertThat(shapes.get("Scope 3")).as("one figure a supplier, and its total").containsExactly(20_001, 20_001, 3 + 1 + 1);
        assertThat(shapes.get("Audits")[0]).isEqualTo(20_001);
        assertThat(shapes.get("Summary")[0]).isEqualTo(PortfolioWorkbook.SUMMARY_TOTAL);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static byte[] write(Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioWorkbook.write(Portfolios.layout(), ROWS.iterator(), language, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] workbook) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(workbook));
    }

    private static List<String> headers(Sheet sheet, int row) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(row).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    private static String english(String code) {
        return code == null ? null : ENGLISH_CODES.getOrDefault(code, code);
    }

    private static String tierLabel(Portfolio.Row supplier, String notScored) {
        return supplier.total() != null && supplier.tier() != null ? supplier.tier() : notScored;
    }

    private static void assertNumbers(Sheet sheet, int row, int first, BigDecimal[] values, int columns, String format) {
        for (int i = 0; i < columns; i++) {
            assertNumber(sheet, row, first + i, values == null ? null : values[i], format);
        }
    }

    private static void assertNumber(Sheet sheet, int row, int column, BigDecimal value, String format) {
        Cell cell = sheet.getRow(row).getCell(column);
        String where = sheet.getSheetName() + " row " + row + " column " + column;
        if (value == null) {
            assertThat(cell).as(where + " is blank").isNull();
        } else {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(value.doubleValue());
            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo(format);
        }
    }

    private record Expected(long suppliers, BigDecimal spendUsd, BigDecimal scope3Kg) {
    }

    /** The summary worked out from the rows themselves, in BigDecimal, without the workbook. */
    private static Map<String, Expected> expectedByTier(String notScored) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>(TIER_LABELS.subList(0, 4));
        labels.add(notScored);
        for (String label : labels) {
            List<Portfolio.Row> members = ROWS.stream().filter(row -> tierLabel(row, notScored).equals(label)).toList();
            expected.put(label, new Expected(members.size(), spend(members), scope3(members)));
        }
        expected.put("Total", new Expected(ROWS.size(), spend(ROWS), scope3(ROWS)));
        return expected;
    }

    private static BigDecimal spend(List<Portfolio.Row> rows) {
        return rows.stream().map(Portfolio.Row::annualSpendUsd).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scope3(List<Portfolio.Row> rows) {
        return rows.stream().map(PortfolioWorkbookTest::scope3Total).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scope3Total(Portfolio.Row row) {
        return row.scope3Kg() == null ? null : Arrays.stream(row.scope3Kg()).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    private static void assertSummary(Sheet summary, Map<String, Expected> expected, String how) {
        BigDecimal totalSpend = expected.get("Total").spendUsd();
        int r = PortfolioWorkbook.SUMMARY_FIRST_TIER;
        for (Map.Entry<String, Expected> tier : expected.entrySet()) {
            Row row = summary.getRow(r++);
            String label = tier.getKey() + " (" + how + ")";
            Expected figures = tier.getValue();
            assertThat(row.getCell(0).getStringCellValue()).isIn(tier.getKey(), "Total", "合计");
            assertThat(row.getCell(1).getNumericCellValue()).as(label + " suppliers").isEqualTo(figures.suppliers());
            assertThat(row.getCell(2).getNumericCellValue()).as(label + " spend").isCloseTo(figures.spendUsd().doubleValue(), within(1e-6));
            assertThat(row.getCell(3).getNumericCellValue()).as(label + " share").isCloseTo(ratio(figures.spendUsd(), totalSpend), within(1e-12));
            assertThat(row.getCell(4).getNumericCellValue()).as(label + " Scope 3").isCloseTo(figures.scope3Kg().doubleValue(), within(1e-6));
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    private static Iterator<Portfolio.Row> failingAfter(int rows) {
        return new Iterator<>() {
            private int handedOut;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Portfolio.Row next() {
                if (handedOut == rows) {
                    throw new IllegalStateException("database gone");
                }
                return ROWS.get(handedOut++);
            }
        };
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortfolioWorkbookTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** A bundle that notes which keys the workbook found in it. */
    private static final class RecordingBundle extends ResourceBundle {
        private final ResourceBundle labels;
        final Set<String> used = new HashSet<>();

        RecordingBundle(ResourceBundle labels) {
            this.labels = labels;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!labels.containsKey(key)) {
                return null;
            }
            used.add(key);
            return labels.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return labels.getKeys();
        }
    }

    private static Portfolio wideLayout(int indicators, int dimensions) {
        List<Portfolio.Column> dimensionColumns = IntStream.range(0, dimensions)
                .mapToObj(d -> new Portfolio.Column("D" + d, "Dimension " + d, null, BigDecimal.valueOf(100 / dimensions))).toList();
        List<Portfolio.Column> indicatorColumns = IntStream.range(0, indicators)
                .mapToObj(i -> new Portfolio.Column("D" + i % dimensions + "-" + i, "Indicator " + i, "D" + i % dimensions, BigDecimal.TEN))
                .toList();
        return new Portfolio("Wide", Portfolios.GENERATED_AT, "test", 1, 1, dimensionColumns, indicatorColumns, 2025, Portfolios.METHODS);
    }

    /** Makes each supplier when asked, and checks now and then that the ones handed out before can be collected. */
    private static final class LazyRows implements Iterator<Portfolio.Row> {
        private static final int CHECK_EVERY = 5_000;
        private final int count;
        private final int indicators;
        private final int dimensions;
        private final int methods;
        private final List<WeakReference<Portfolio.Row>> handedOut = new ArrayList<>();
        int generated;
        int checks;
        int stillHeld;

        LazyRows(int count, int indicators, int dimensions, int methods) {
            this.count = count;
            this.indicators = indicators;
            this.dimensions = dimensions;
            this.methods = methods;
        }

        @Override
        public boolean hasNext() {
            return generated < count;
        }

        @Override
        public Portfolio.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (generated > 0 && generated % CHECK_EVERY == 0) {
                check();
            }
            int i = generated++;
            BigDecimal[] points = new BigDecimal[indicators];
            for (int j = 0; j < indicators; j++) {
                points[j] = blank(i, j) ? null : BigDecimal.valueOf((i * 7L + j * 3L) % 101, 1);
            }
            BigDecimal[] scores = new BigDecimal[dimensions];
            for (int d = 0; d < dimensions; d++) {
                scores[d] = BigDecimal.valueOf((i * 13L + d * 17L) % 10_001, 2);
            }
            BigDecimal[] kg = new BigDecimal[methods];
            kg[i % methods] = BigDecimal.valueOf(i * 1_000L + 1, 1);
            boolean scored = i % 9 != 0;
            Portfolio.Row row = new Portfolio.Row(100_000 + i, "Supplier " + i + " Co., Ltd.", i % 2 == 0 ? "供应商" + i : null, "CN",
                    "Category " + i % 20, "TIER_1", "ACTIVE", scored ? BigDecimal.valueOf(i % 10_001, 2) : null,
                    scored ? TIER_LABELS.get(i % 4) : null, scored ? "APPROVED" : null, null, scores, points,
                    BigDecimal.valueOf(i * 100L), "CNY", BigDecimal.valueOf(i * 14L), kg, i % 3,
                    i % 3 == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(i % 365), i % 4, i % 4, i % 2);
            if (i % 100 == 0) {
                handedOut.add(new WeakReference<>(row));
            }
            return row;
        }

        static boolean blank(int supplier, int indicator) {
            return (supplier + indicator) % 11 == 0;
        }

        /** Every supplier handed out before the last one is written; after a collection none should be left. */
        private void check() {
            checks++;
            int held = 0;
            for (int attempt = 0; attempt < 5; attempt++) {
                System.gc();
                held = (int) handedOut.stream().filter(reference -> reference.get() != null).count();
                if (held == 0) {
                    break;
                }
            }
            stillHeld = Math.max(stillHeld, held);
        }
    }

    /** Per sheet name, read with SAX: the number of rows, the last row's number and its number of cells. */
    private static Map<String, int[]> shapes(Path file) throws Exception {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
            while (sheets.hasNext()) {
                int[] shape = new int[3];
                try (InputStream sheet = sheets.next()) {
                    factory.newSAXParser().parse(sheet, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            if (localName.equals("row")) {
                                shape[0]++;
                                shape[1] = Integer.parseInt(attributes.getValue("r"));
                                shape[2] = 0;
                            } else if (localName.equals("c")) {
                                shape[2]++;
                            }
                        }
                    });
                }
                shapes.put(sheets.getSheetName(), shape);
            }
        }
        return shapes;
    }
}
