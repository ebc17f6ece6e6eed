package org.supplieresg.reports;

import static org.supplieresg.reports.PdfInspection.fonts;

import static org.supplieresg.reports.PdfInspection.images;

import static org.supplieresg.reports.PdfInspection.pages;

import static org.supplieresg.reports.PdfInspection.sortedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.AuditReport.ChecklistCounts;
import org.supplieresg.reports.AuditReport.Photo;

class AuditReportPdfTest {

    @Test
    void englishReportHasCoverSummaryFindingsPlansAndFooters() throws IOException {
        byte[] pdf = write(AuditReports.twoFindings(), Locale.ENGLISH, "audit-report-sample-en.pdf");

        String text = sortedText(pdf);
        assertThat(text).contains("On-site audit report", AuditReports.LEGAL_NAME, AuditReports.LOCAL_NAME,
                AuditReports.REFERENCE, "Periodic audit", "2026-03-03 to 2026-03-05", "China (CN)");
        // The definitions hold no digits, so the first number after each severity is its count.
        assertThat(text).containsPattern("Summary by severity .* Priority \\D*0 \\D*Major \\D*1 \\D*Minor \\D*1 \\D*All findings 2")
                .contains("Conforming items / items checked 46 / 48", "Conclusion: the management system has significant gaps");
        assertThat(text).contains(AuditReports.MAJOR_OBSERVATION, AuditReports.MINOR_OBSERVATION,
                "Photo 1 · F-01: Locked exit, calcination hall");
        assertThat(text).contains("Corrective action plans", "2026-04-17", "2026-06-30", "Submitted", "Open");
        assertThat(text).contains("Supplier representative", "Zhang Min", "EHS Director", "2026-03-06");
        int pages = pages(pdf);
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        assertThat(images(pdf)).as("the photo is on a page").isEqualTo(1);
    }

    @Test
    void chineseReportUsesChineseLabelsWithTheFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = write(AuditReports.twoFindings(), Locale.SIMPLIFIED_CHINESE, "audit-report-sample-zh.pdf");

        String text = sortedText(pdf);
        assertThat(text).contains("现场审核报告", AuditReports.LOCAL_NAME, AuditReports.REFERENCE, "定期审核",
                "2026-03-03 至 2026-03-05", "中国 (CN)", "王芳");
        assertThat(text).containsPattern("按严重程度汇总 .* 优先 \\D*0 \\D*主要 \\D*1 \\D*次要 \\D*1 \\D*全部发现项 2")
                .contains("符合项 / 已检查项 46 / 48", "结论：管理体系存在重大缺陷");
        assertThat(text).contains("纠正措施计划", "截止日期", "2026-04-17", "已提交", "待提交", "供应商代表");
        assertThat(text).contains(AuditReports.MAJOR_OBSERVATION);
        int pages = pages(pdf);
        assertThat(text).contains("第 1 页，共 " + pages + " 页");

        assertThat(fonts(pdf)).as("every font embedded, as subsets of Noto Sans SC").isNotEmpty().allSatisfy((name, embedded) -> {
            assertThat(name).matches("[A-Z]{6}\\+NotoSansSC-Regular.*");
            assertThat(embedded).isTrue();
        });
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(500_000);
    }

    @Test
    void chineseForAnyZhLocaleAndEnglishForEveryOther() throws IOException {
        assertThat(sortedText(write(AuditReports.twoFindings(), Locale.GERMANY, null))).contains("Corrective action plans");
        assertThat(sortedText(write(AuditReports.twoFindings(), Locale.TRADITIONAL_CHINESE, null))).contains("纠正措施计划");
    }

    @Test
    void aCleanAuditSaysSo() throws IOException {
        String text = sortedText(write(AuditReports.report(List.of(), new ChecklistCounts(48, 48, 0, 0, 0)), Locale.ENGLISH, null));

        assertThat(text).contains("No findings were raised.", "No corrective action plans.",
                "Conclusion: the site conforms to every item checked.", "Conforming items / items checked 48 / 48");
    }

    @Test
    void aPhotoThatIsNeitherPngNorJpegIsRefused() {
        byte[] gif = "GIF89a...".getBytes();

        assertThatThrownBy(() -> new Photo(gif, "exit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PNG or JPEG");
    }

    @Test
    void aPhotoThatCannotBeDecodedIsRefusedAndNothingIsWritten() {
        byte[] truncated = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0};
        AuditReport report = AuditReports.report(
                List.of(AuditReports.majorFinding(List.of(new Photo(truncated, "broken"))), AuditReports.minorFinding()),
                new ChecklistCounts(48, 46, 0, 1, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> AuditReportPdf.write(report, Locale.ENGLISH, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("photo 1 of finding F-01 cannot be read as an image");
        assertThat(out.size()).isZero();
    }

    @Test
    void countsThatDisagreeWithTheFindingsAreRefused() {
        assertThatThrownBy(() -> AuditReports.report(List.of(AuditReports.minorFinding()), new ChecklistCounts(48, 46, 0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the checklist counts 1 MAJOR finding(s) but the report lists 0");
    }

    @Test
    void aPlanForAnUnknownFindingIsRefused() {
        AuditReport valid = AuditReports.twoFindings();

        assertThatThrownBy(() -> new AuditReport(valid.supplier(), valid.audit(), valid.counts(), valid.findings(),
                List.of(AuditReports.majorPlan("F-99")), valid.signatures()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("corrective action plan for unknown finding F-99");
    }

    private static byte[] write(AuditReport report, Locale language, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditReportPdf.write(report, language, out);
        byte[] pdf = out.toByteArray();
        if (sample != null) {
            // Kept for a person to look at: mvn -pl reports test, then open reports/target/<sample>.
            Files.write(Path.of("target", sample), pdf);
        }
        return pdf;
    }

}
