package org.supplieresg.reports;

import static org.supplieresg.reports.PdfInspection.fonts;

import static org.supplieresg.reports.PdfInspection.images;

import static org.supplieresg.reports.PdfInspection.pages;

import static org.supplieresg.reports.PdfInspection.sortedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.SupplierScorecard.Cap;
import org.supplieresg.reports.SupplierScorecard.Result;

class ScorecardPdfTest {

    @Test
    void englishSampleShowsEveryFigureAndTheRuleThatSetTheTier() throws IOException {
        byte[] pdf = write(Scorecards.sample(Locale.ENGLISH), Locale.ENGLISH, "scorecard-sample-en.pdf");

        String text = sortedText(pdf);
        assertThat(text).contains("Supplier ESG scorecard", Scorecards.LEGAL_NAME, Scorecards.LOCAL_NAME, "China (CN)",
                "Cathode active materials (NCM)", "Tier 1 (direct supplier)", "2026 annual ESG assessment", "2026-03-31",
                "2026-04-08 09:30 UTC", "Catalogue version v3", "Tier policy version v1");
        assertThat(text).contains("Total score Tier Sourcing status 72.40 C Conditional out of 100 A corrective action plan is"
                + " required; new orders carry a warning.");
        assertThat(text).contains("Total 72.40 is at least 65.00, the minimum of tier B under tier policy v1.",
                "Capped at C: open Major finding F-2026-0001", "After the caps, the tier is C.");
        assertThat(text).containsPattern("MGT Management systems 10% 78.50 .*CLI Climate and energy 15% 59.40 .*ENV Environment:"
                + " water, waste and chemicals 15% 71.00 .*CIR Circularity and recycled content 10% 58.75 .*LAB Labour and"
                + " human rights 15% 82.40 .*HSE Health and safety 15% 69.30 .*ETH Business ethics 10% 88.00 .*MIN Responsible"
                + " minerals sourcing 10% 75.60 ");
        assertThat(text).contains("Dashed line: 80.00, the minimum of tier A.", "0 25 50 75 100");
        assertThat(text).containsPattern("Strengths .*ETH-02 Anti-bribery policy with yearly training ETH 10.00 / 10.00"
                + " .*LAB-01 .* LAB 8.00 / 8.00 .*MGT-01 ESG policy approved by top management MGT 6.00 / 6.00 .*Gaps"
                + " .*CLI-04 Science-based emission reduction target CLI 0.00 / 8.00 .*HSE-03 .* 2.00 / 6.00 .*CIR-02 .* 1.50 / 6.00");
        assertThat(text).contains("Red flags", "LAB-07 No child labour (age verification records) Not confirmed: awaiting review");
        assertThat(text).containsPattern("F-2026-0001 HSE-04 Major Two emergency exits .* Submitted 2026-04-17")
                .containsPattern("F-2026-0002 ENV-11 Minor The spill kit log .* Open 2026-06-30");
        assertThat(text).contains("Reporting year 2025 t CO2e", "Scope 1 48,213.50", "Scope 2 (location-based) 61,872.34",
                "Scope 2 (market-based) 39,450.13", "Upstream of inputs (Scope 3) 612,347.89",
                "Method Activity data × emission factors", "GWP set AR6", "Data quality 2.3 of 5 (1 = best)");
        assertThat(text).containsPattern("2024 annual ESG assessment 2024-04-12 61.80 C .*2025 annual ESG assessment 2025-04-09"
                + " 68.95 B .*2026 annual ESG assessment 2026-04-08 72.40 C");
        assertThat(text).contains("To reach tier B",
                "The total already reaches 65.00, the minimum of tier B; only caps stand in the way.", "Caps to lift");
        assertThat(text).containsPattern("Indicators that would add most to the total .*CLI-04 .* 0.00 / 8.00 \\+8.00 .*CIR-02"
                + " .* 1.50 / 6.00 \\+4.50 .*HSE-03 .* 2.00 / 6.00 \\+4.00");

        int pages = pages(pdf);
        assertThat(pages).isBetween(1, 2);
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
                "Generated 2026-04-20 06:45 UTC by Li Wei (procurement)");
        assertThat(count(text, Scorecards.LEGAL_NAME)).as("the name on top and in every footer").isEqualTo(1 + pages);
    }

    @Test
    void chartsAreVectorGraphicsWithBarsProportionalToTheScores() throws IOException {
        byte[] pdf = write(Scorecards.sample(Locale.ENGLISH), Locale.ENGLISH, null);

        assertThat(images(pdf)).as("no raster image").isZero();
        Graphics graphics = graphics(pdf);
        List<float[]> bars = graphics.rectanglesOfHeight(8);
        assertThat(bars).as("a track and a bar for each of the 8 dimensions").hasSize(16);
        for (int i = 0; i < 8; i++) {
            float track = bars.get(2 * i)[0];
            float bar = bars.get(2 * i + 1)[0];
            assertThat(bar / track).as("bar " + i).isCloseTo(Float.parseFloat(Scorecards.SAMPLE_SCORES[i]) / 100, within(0.002f));
        }
        assertThat(graphics.curves).as("a round marker (4 curves) for each of the 3 campaigns").isEqualTo(12);
    }

    @Test
    void chineseSampleUsesChineseLabelsAndNamesWithTheFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = write(Scorecards.sample(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, "scorecard-sample-zh.pdf");

        String text = sortedText(pdf);
        assertThat(text).contains("供应商ESG评分卡", Scorecards.LOCAL_NAME, "中国 (CN)", "一级（直接供应商）", "2026 年度 ESG 评估",
                "总分 等级 采购状态 72.40 C 有条件合作 满分 100 须提交纠正措施计划；新订单附带警示。");
        assertThat(text).contains("总分 72.40 不低于 65.00，即分级规则第 1 版中 B 级的最低分。",
                "等级上限 C：主要发现项 F-2026-0001 未关闭", "计入等级上限后，等级为 C。");
        assertThat(text).containsPattern("MGT 管理体系 10% 78.50 .*CLI 气候与能源 15% 59.40 .*MIN 负责任矿产采购 10% 75.60");
        assertThat(text).contains("红线指标", "LAB-07 无童工（年龄核验记录） 尚未确认：等待审核", "未关闭的审核发现与纠正措施",
                "纠正措施", "已提交", "待提交", "范围一 48,213.50", "数据质量 2.3 / 5（1 为最好）", "活动数据 × 公开排放因子",
                "晋升至 B 级", "科学碳减排目标");
        int pages = pages(pdf);
        assertThat(text).contains("第 1 页，共 " + pages + " 页", "生成于 2026-04-20 06:45 UTC，生成人 Li Wei (procurement)");

        assertThat(fonts(pdf)).as("every font embedded, as subsets of Noto Sans SC").isNotEmpty().allSatisfy((name, embedded) -> {
            assertThat(name).matches("[A-Z]{6}\\+NotoSansSC-Regular.*");
            assertThat(embedded).isTrue();
        });
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(300_000);
    }

    @Test
    void chineseForAnyZhLocaleAndEnglishForEveryOther() throws IOException {
        assertThat(sortedText(write(Scorecards.sample(Locale.GERMANY), Locale.GERMANY, null))).contains("Supplier ESG scorecard");
        assertThat(sortedText(write(Scorecards.sample(Locale.TRADITIONAL_CHINESE), Locale.TRADITIONAL_CHINESE, null)))
                .contains("供应商ESG评分卡");
    }

    @Test
    void aMinimalTierACardSaysWhatIsMissingInSentences() throws IOException {
        byte[] pdf = write(Scorecards.minimal(), Locale.ENGLISH, "scorecard-minimal-en.pdf");

        String text = sortedText(pdf);
        assertThat(text).contains("Total 85.63 is at least 80.00, the minimum of tier A under tier policy v1.",
                "No cap applies, so the tier is A.", "85.63 A Preferred", "Tier 2 (supplies a Tier-1 supplier)");
        assertThat(text).contains("CIR Circularity and recycled content 10% n/a");
        assertThat(text).contains("No indicator earned its full points.", "No gaps: every indicator earned its full points.",
                "No red flags.", "No open findings.", "No emissions inventory has been calculated yet.",
                "No campaign results yet.", "Next tier",
                "Tier A is the best tier: it holds while the total stays at 80.00 or more and no cap applies.");
        assertThat(text).doesNotContain("To reach tier", "Reference", "Reporting year");
        int pages = pages(pdf);
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        assertThat(graphics(pdf).curves).as("no trend chart").isZero();
    }

    @Test
    void aBlockedCardNamesEveryCapAndWhatIsStillMissing() throws IOException {
        String text = sortedText(write(Scorecards.blocked(), Locale.ENGLISH, "scorecard-blocked-en.pdf"));

        assertThat(text).contains(
                "Total 42.94 is below 50.00, the minimum of tier C, which makes it tier D under tier policy v1.",
                "Capped at D: confirmed red flag on indicator LAB-07",
                "Capped at B: dimension CLI scores below 30.00, the floor for tier A",
                "Capped at C: corrective action for finding F-2025-0107 is overdue", "After the caps, the tier is D.",
                "42.94 D Blocked out of 100 No new RFQs or purchase orders.");
        assertThat(text).contains("LAB-07 No child labour (age verification records) Confirmed: caps the tier at D",
                "ENV-02 Wastewater discharge permit valid Not confirmed: awaiting review");
        assertThat(text).containsPattern("F-2026-0031 LAB-07 Priority .* No plan yet —")
                .containsPattern("F-2025-0107 ENV-06 Major .* Rejected 2026-01-31")
                .containsPattern("F-2025-0109 HSE-02 Minor .* Verified 2026-02-28");
        assertThat(text).contains("Method Totals verified to ISO 14064-3", "GWP set AR5", "Data quality 1.0 of 5 (1 = best)",
                "Scope 2 (market-based) 15,874.00");
        assertThat(text).contains("To reach tier C", "The total needs 7.06 more points to reach 50.00, the minimum of tier C.",
                "No indicator can gain more points.", "No indicator earned its full points.");
        assertThat(text).containsPattern("Caps to lift .*Capped at D: confirmed red flag on indicator LAB-07 .*Indicators that would add most");
        assertThat(text).contains("2026 annual ESG assessment 2026-04-08 42.94 D");
    }

    @Test
    void anApprovedCardWithoutCapsShowsThePointsToTierA() throws IOException {
        byte[] pdf = write(Scorecards.approved(), Locale.ENGLISH, null);

        String text = sortedText(pdf);
        assertThat(text).contains("No cap applies, so the tier is B.", "75.85 B Approved", "May be sourced from normally.",
                "To reach tier A", "The total needs 4.15 more points to reach 80.00, the minimum of tier A.",
                "No cap stands in the way.", "No emissions inventory has been calculated yet.");
        assertThat(text).containsPattern("CLI-04 Science-based emission reduction target CLI 4.00 / 8.00 \\+4.00");
        assertThat(graphics(pdf).curves).as("a trend chart of two campaigns").isEqualTo(8);
    }

    @Test
    void aTierTheTotalAndCapsDoNotGiveIsRefusedAndNothingIsWritten() {
        SupplierScorecard sample = Scorecards.sample(Locale.ENGLISH);
        Result uncapped = new Result(new BigDecimal("72.40"), "B", "B", "APPROVED", Scorecards.POLICY, sample.result().caps());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> ScorecardPdf.write(withResult(sample, uncapped), Locale.ENGLISH, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("result.tier is B but tier B with its caps is C");
        assertThat(out.size()).isZero();
    }

    @Test
    void aScoreTierTheTotalDoesNotEarnIsRefused() {
        SupplierScorecard sample = Scorecards.sample(Locale.ENGLISH);
        Result wrong = new Result(new BigDecimal("64.99"), "B", "C", "CONDITIONAL", Scorecards.POLICY, sample.result().caps());

        assertThatThrownBy(() -> ScorecardPdf.write(withResult(sample, wrong), Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("result.scoreTier is B but a total of 64.99 earns C under tier policy v1");
    }

    @Test
    void anUnknownCapKindIsRefused() {
        SupplierScorecard sample = Scorecards.sample(Locale.ENGLISH);
        Result unknown = new Result(new BigDecimal("72.40"), "B", "C", "CONDITIONAL", Scorecards.POLICY,
                List.of(new Cap("LATE_ANSWER", "C", "Q-1")));

        assertThatThrownBy(() -> ScorecardPdf.write(withResult(sample, unknown), Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("result.caps.kind must be one of [DIMENSION_BELOW_FLOOR, OPEN_MAJOR_FINDING,");
    }

    @Test
    void aNextTierInTierAIsRefused() {
        SupplierScorecard minimal = Scorecards.minimal();
        SupplierScorecard withNext = new SupplierScorecard(minimal.company(), minimal.period(), minimal.result(),
                minimal.dimensions(), minimal.strengths(), minimal.gaps(), minimal.redFlags(), minimal.openFindings(),
                minimal.emissions(), minimal.trend(), Scorecards.sample(Locale.ENGLISH).nextTier(), minimal.generatedAt(),
                minimal.generatedBy());

        assertThatThrownBy(() -> ScorecardPdf.write(withNext, Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nextTier must be null in tier A");
    }

    @Test
    void theOutputStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ScorecardPdf.write(Scorecards.minimal(), Locale.ENGLISH, out);

        assertThat(closed[0]).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void everyCardFitsOnOneOrTwoPagesInBothLanguages() throws IOException {
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (SupplierScorecard card : Scorecards.all(language)) {
                assertThat(pages(write(card, language, null))).isBetween(1, 2);
            }
        }
    }

    private static SupplierScorecard withResult(SupplierScorecard card, Result result) {
        return new SupplierScorecard(card.company(), card.period(), result, card.dimensions(), card.strengths(), card.gaps(),
                card.redFlags(), card.openFindings(), card.emissions(), card.trend(), card.nextTier(), card.generatedAt(),
                card.generatedBy());
    }

    private static byte[] write(SupplierScorecard card, Locale language, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScorecardPdf.write(card, language, out);
        byte[] pdf = out.toByteArray();
        if (sample != null) {
            // Kept for a person to look at: mvn -pl reports test, then open reports/target/<sample>.
            Files.write(Path.of("target", sample), pdf);
        }
        return pdf;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Graphics graphics(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Graphics graphics = new Graphics(document.getPage(0));
            for (PDPage page : document.getPages()) {
                graphics.processPage(page);
            }
            return graphics;
        }
    }

    /** The vector paths drawn on the pages: rectangles (width, height) in drawing order, and Bézier curves. */
    private static final class Graphics extends PDFGraphicsStreamEngine {

        final List<float[]> rectangles = new ArrayList<>();
        int curves;

        Graphics(PDPage page) {
            super(page);
        }

        List<float[]> rectanglesOfHeight(float height) {
            return rectangles.stream().filter(r -> Math.abs(r[1] - height) < 0.01).toList();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new float[] {(float) Math.abs(p1.getX() - p0.getX()), (float) Math.abs(p2.getY() - p1.getY())});
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curves++;
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
