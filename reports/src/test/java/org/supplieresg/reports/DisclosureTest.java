package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.Disclosure.Emissions;
import org.supplieresg.reports.Disclosure.Part;

class DisclosureTest {

    @Test
    void sharesHaveOneDecimalRoundedHalfUpAndNoneOfNothing() {
        assertThat(Disclosure.percent(3, 7)).isEqualByComparingTo("42.9");
        assertThat(Disclosure.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Disclosure.percent(1, 16)).as("6.25 rounds up").isEqualByComparingTo("6.3");
        assertThat(Disclosure.percent(0, 0)).isNull();
        assertThat(Disclosure.percent(BigDecimal.ONE, null)).isNull();
    }

    @Test
    void kilogramsPrintAsTonnesWithTwoDecimalsHalfUp() {
        assertThat(Disclosure.tonnes(new BigDecimal("1902335.951"))).isEqualTo(new BigDecimal("1902.34"));
        assertThat(Disclosure.tonnes(new BigDecimal("5"))).as("5 kg is 0.005 t, rounded up").isEqualTo(new BigDecimal("0.01"));
        assertThat(Disclosure.tonnes(new BigDecimal("4"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Disclosure.tonnes(null)).isNull();
    }

    @Test
    void theTotalIsScope1PlusMarketBasedScope2PlusScope3() {
        Emissions emissions = Disclosures.emissions();

        assertThat(emissions.totalKg()).isEqualByComparingTo("51902335.826");
        assertThat(Disclosure.tonnes(emissions.totalKg())).isEqualTo(new BigDecimal("51902.34"));
    }

    @Test
    void aSliceIsAShareOfScope3() {
        Emissions emissions = Disclosures.emissions();

        assertThat(emissions.byCategory()).extracting(emissions::scope3Percent)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("84.6", "4.3", "1.4", "9.7");
        assertThat(emissions.primaryPercent()).isEqualByComparingTo("49.8");

        Emissions none = new Emissions(2025, "AR6", 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO,
                List.of(new Part("1", "Purchased goods and services", BigDecimal.ZERO, 0)), List.of(), List.of(), null, BigDecimal.ZERO);
        assertThat(none.scope3Percent(none.byCategory().get(0))).isNull();
        assertThat(none.primaryPercent()).isNull();
    }

    @Test
    void onlyAPeriodWithSomethingInItHasData() {
        assertThat(Disclosures.year2025().hasData()).isTrue();
        assertThat(Disclosures.sharesWithoutWhole().hasData()).isTrue();
        assertThat(Disclosures.emptyQuarter().hasData()).isFalse();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Disclosure valid = Disclosures.emptyQuarter();

        assertThatThrownBy(() -> new Disclosure(valid.organisation(), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1), 2026,
                valid.generatedAt(), valid.generatedBy(), valid.screening(), valid.environmental(), valid.social(), valid.audits(),
                null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the period ends before it starts");
    }
}
