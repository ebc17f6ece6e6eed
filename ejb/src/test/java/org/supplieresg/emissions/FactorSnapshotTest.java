package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supplieresg.emissions.PublishedFactors.AR5;
import static org.supplieresg.emissions.PublishedFactors.AR6;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

/** Choosing the factor for a year, and a factor's value under another GWP set. */
class FactorSnapshotTest {

    private final FactorSnapshot ar5 = PublishedFactors.snapshot("AR5");
    private final FactorSnapshot ar6 = PublishedFactors.snapshot("AR6");

    private static String keyOf(Throwable e) {
        return ((InvalidInputException) e).violations().get(0).messageKey();
    }

    @Test
    void perUnitWithoutABreakdownStaysAsPublished() {
        // DESNZ 2024 WTT- fuels, diesel 0.61101 kg CO2e/L, published as a total only (AR5 basis): the same under AR6
        assertThat(PublishedFactors.WTT_DIESEL_2024.hasGasBreakdown()).isFalse();
        assertThat(PublishedFactors.WTT_DIESEL_2024.perUnit(AR6, AR5)).isEqualByComparingTo("0.61101");
        assertThat(ar6.perUnit(PublishedFactors.WTT_DIESEL_2024)).isEqualByComparingTo("0.61101");
        // eGRID2023 US23 USC2ERTA 770.884 lb/MWh = 0.349667100555 kg CO2e/kWh, total only
        assertThat(ar6.perUnit(PublishedFactors.EGRID_US_2023)).isEqualByComparingTo("0.349667100555");
        // DESNZ 2024 Material use steel 2 854.91851 kg CO2e/t, AR4 basis, total only: kept under AR5 and AR6 alike
        assertThat(ar5.perUnit(PublishedFactors.STEEL_2024)).isEqualByComparingTo("2854.91851");
        assertThat(ar6.perUnit(PublishedFactors.STEEL_2024)).isEqualByComparingTo("2854.91851");
    }

    @Test
    void perUnitWithABreakdownIsRescaledGasByGas() {
        // DESNZ 2024 diesel 2.51279 = CO2 2.4796 + CH4 0.00029 + N2O 0.0329 (AR5)
        // under the published set: the published total
        assertThat(PublishedFactors.DIESEL_2024.perUnit(AR5, AR5)).isEqualByComparingTo("2.51279");
        // under AR6: 2.4796 + 0.00029 x 29.8/28 + 0.0329 x 273/265 = 2.513801850404312668...
        assertThat(PublishedFactors.DIESEL_2024.perUnit(AR6, AR5).setScale(15, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("2.513801850404313");
        // DESNZ 2024 UK electricity 0.20705 = CO2 0.20493 + CH4 0.0009 + N2O 0.00122 (AR5)
        // under AR6: 0.20493 + 0.0009 x 29.8/28 + 0.00122 x 273/265 = 0.20493 + 0.000957857142857... + 0.001256830188679...
        //          = 0.207144687331536...
        assertThat(PublishedFactors.UK_GRID_2024.perUnit(AR6, AR5).setScale(15, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("0.207144687331536");
    }

    @Test
    void nonFossilMethaneUsesItsOwnGwp() {
        // A factor published with biogenic methane: AR5 CH4_NON_FOSSIL 28 -> AR6 27.0. Breakdown values are those of the
        // DESNZ 2024 diesel row (CO2 2.4796, CH4 0.00029, N2O 0.0329), re-labelled non-fossil for this check only.
        EmissionFactor biogenic = new EmissionFactor(9001, "TEST/fuel/biogenic/L", 1, FactorKind.FUEL, "test", null, "L",
                PublishedFactors.bd("2.51279"), PublishedFactors.bd("2.4796"), PublishedFactors.bd("0.00029"), PublishedFactors.bd("0.0329"),
                null, "CH4_NON_FOSSIL", "AR5", "GLOBAL", 2024, java.time.LocalDate.of(2024, 1, 1), null, null, null,
                PublishedFactors.DESNZ_2024, "Fuels");
        // 2.4796 + 0.00029 x 27/28 + 0.0329 x 273/265 = 2.4796 + 0.000279642857... + 0.033893207547... = 2.513772850404...
        assertThat(biogenic.perUnit(AR6, AR5).setScale(12, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.513772850404");
    }

    @Test
    void coversYear() {
        // DESNZ 2024: valid 2024-01-01 .. 2024-12-31
        assertThat(PublishedFactors.DIESEL_2024.coversYear(2024)).isTrue();
        assertThat(PublishedFactors.DIESEL_2024.coversYear(2023)).isFalse();
        assertThat(PublishedFactors.DIESEL_2024.coversYear(2025)).isFalse();
        // DESNZ 2025: valid from 2025-01-01, open-ended
        assertThat(PublishedFactors.DIESEL_2025.coversYear(2024)).isFalse();
        assertThat(PublishedFactors.DIESEL_2025.coversYear(2025)).isTrue();
        assertThat(PublishedFactors.DIESEL_2025.coversYear(2031)).isTrue();
        // A validity that starts mid-year covers that year
        EmissionFactor midYear = PublishedFactors.factor(9002, "TEST/fuel/x/L", FactorKind.FUEL, "L", "1", null, null, null, "AR5",
                "GLOBAL", 2024, "2024-06-10", "2025-03-31", PublishedFactors.DESNZ_2025, "Fuels");
        assertThat(midYear.coversYear(2023)).isFalse();
        assertThat(midYear.coversYear(2024)).isTrue();
        assertThat(midYear.coversYear(2025)).isTrue();
        assertThat(midYear.coversYear(2026)).isFalse();
    }

    @Test
    void activityIsTheKeyWithoutEditionAndUnit() {
        assertThat(PublishedFactors.DIESEL_2024.activity()).isEqualTo("fuel/diesel-average-biofuel-blend");
        assertThat(EmissionFactor.activityOf("DESNZ-2025/freight/hgv-all-diesel-average-laden/t.km")).isEqualTo("freight/hgv-all-diesel-average-laden");
        assertThat(EmissionFactor.activityOf("loose")).isEqualTo("loose");
        assertThat(PublishedFactors.HGV_2024.unit()).contains(Unit.TONNE_KM);
        assertThat(PublishedFactors.SCEF_335911.unit()).isEmpty();
    }

    @Test
    void theEditionMeantForTheYearIsChosen() {
        assertThat(ar5.forActivity("fuel/diesel-average-biofuel-blend", FactorKind.FUEL, 2024, Unit.LITRE, "l").id()).isEqualTo(3L);
        assertThat(ar5.forActivity("fuel/diesel-average-biofuel-blend", FactorKind.FUEL, 2025, Unit.US_GALLON, "l").id()).isEqualTo(27L);
        assertThat(ar5.forActivity("fuel/diesel-average-biofuel-blend", FactorKind.FUEL, 2030, Unit.LITRE, "l").id()).isEqualTo(27L);
        assertThatThrownBy(() -> ar5.forActivity("fuel/diesel-average-biofuel-blend", FactorKind.FUEL, 2023, Unit.LITRE, "l"))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noneForYear"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arguments())
                        .containsExactly("fuel/diesel-average-biofuel-blend", "2023", "2024-2024, 2025+"));
        // the same activity exists, but not as a factor of that kind
        assertThatThrownBy(() -> ar5.forActivity("fuel/diesel-average-biofuel-blend", FactorKind.MATERIAL, 2024, Unit.LITRE, "l"))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.unknownActivity"));
        assertThat(ar5.knowsActivity("material/steel", FactorKind.MATERIAL)).isTrue();
        assertThat(ar5.knowsActivity("material/steel", FactorKind.FUEL)).isFalse();
    }

    @Test
    void chinaGridTakesTheLatestDataYearValidForTheReportingYear() {
        // 2022: only the MEE power-sector ETS factor 0.5703 (V15 id 404) is valid
        assertThat(ar5.grid("CN", 2022, "g").kgCo2e()).isEqualByComparingTo("0.5703");
        // 2024 and 2025: MEE/NBS 2021 (0.5568) and 2022 (0.5366) both valid from 2024 -> data year 2022 wins (id 402)
        assertThat(ar5.grid("CN", 2024, "g").id()).isEqualTo(402L);
        assertThat(ar5.grid("CN", 2025, "g").kgCo2e()).isEqualByComparingTo("0.5366");
        // 2026: the 2023 factor 0.5306 (id 403) becomes valid
        assertThat(ar5.grid("CN", 2026, "g").id()).isEqualTo(403L);
        assertThatThrownBy(() -> ar5.grid("CN", 2023, "g")).satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noneForYear"));
        assertThatThrownBy(() -> ar5.grid("DE", 2024, "g")).satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noGrid"));
        // eGRID2023 US national: valid from 2023, open-ended
        assertThat(ar5.grid("US", 2023, "g").id()).isEqualTo(501L);
    }

    @Test
    void spendFactorsServeLaterYears() {
        // EPA SCEF v1.3 (2022 USD) serves 2022 and later once spend is deflated; not earlier years
        assertThat(ar5.spend("335911", 2025, "s").id()).isEqualTo(301L);
        assertThatThrownBy(() -> ar5.spend("335911", 2021, "s")).satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noneForYear"));
        assertThatThrownBy(() -> ar5.spend("999999", 2024, "s")).satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.unknownSector"));
    }

    @Test
    void upstreamPairsFindTheFactorsOfTheYear() {
        // V16 factor_upstream: electricity/uk-grid -> wtt/uk-electricity, td-losses/uk-grid
        assertThat(ar5.upstreamOf("electricity/uk-grid", 2024)).extracting(EmissionFactor::id).containsExactlyInAnyOrder(10L, 13L);
        // the snapshot of this test holds no 2025 T&D or WTT factors: nothing for 2025
        assertThat(ar5.upstreamOf("electricity/uk-grid", 2025)).isEmpty();
        // natural gas has a pair but no WTT factor in this snapshot
        assertThat(ar5.upstreamOf("fuel/natural-gas", 2024)).isEmpty();
        assertThat(ar5.upstreamOf("electricity/cn-grid-2022", 2024)).isEmpty();
    }

    @Test
    void theReportingSetMustExist() {
        assertThat(ar6.reporting()).isSameAs(AR6);
        assertThatIllegalArgumentException().isThrownBy(() -> PublishedFactors.snapshot("AR7"));
        assertThatThrownBy(() -> ar6.gwpSet("SAR")).isInstanceOf(IllegalStateException.class);
        assertThat(FactorSnapshot.pairs(List.<String[]>of(new String[] {"a", "b"}, new String[] {"a", "c"}))).containsEntry("a", java.util.Set.of("b", "c"));
    }
}
