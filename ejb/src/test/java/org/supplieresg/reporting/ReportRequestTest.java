package org.supplieresg.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

class ReportRequestTest {

    @Test
    void aDisclosureKeepsItsPeriodAndDefaultsTheYearToTheEndOfThePeriod() {
        ReportRequest request = ReportRequest.of(ReportKind.DISCLOSURE_PDF, 12L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, "ZH");

        assertThat(request.supplierId()).isNull(); // not a parameter of a disclosure
        assertThat(request.year()).isEqualTo(2025);
        assertThat(request.language()).isEqualTo("zh");
        assertThat(request.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(request.canonical()).isEqualTo("from=2025-01-01;to=2025-12-31;year=2025");
        assertThat(request.fileName()).isEqualTo("disclosure-2025-01-01-to-2025-12-31-zh.pdf");
        assertThat(ReportRequest.parse(ReportKind.DISCLOSURE_PDF, request.canonical(), "zh")).isEqualTo(request);
    }

    @Test
    void aScorecardNamesItsSupplierOnly() {
        ReportRequest request = ReportRequest.of(ReportKind.SCORECARD, 12L, LocalDate.of(2025, 1, 1), null, 2025, null);

        assertThat(request.canonical()).isEqualTo("supplier=12");
        assertThat(request.language()).isEqualTo("en");
        assertThat(request.fileName()).isEqualTo("scorecard-supplier-12-en.pdf");
        assertThat(ReportRequest.of(ReportKind.PORTFOLIO, null, null, null, null, "en").canonical()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> ReportRequest.of(ReportKind.DISCLOSURE_XLSX, null, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1), 1850, "fr"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey())
                        .containsExactlyInAnyOrder("report.language.unknown", "report.period.backwards", "report.year.range"));
        assertThatThrownBy(() -> ReportRequest.of(ReportKind.SCORECARD, null, null, null, null, "en"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly("report.supplier.required"));
        assertThatThrownBy(() -> ReportRequest.of(null, null, null, null, null, "en")).isInstanceOf(InvalidInputException.class);
    }
}
