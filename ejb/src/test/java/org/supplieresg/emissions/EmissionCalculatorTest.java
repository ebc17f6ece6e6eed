package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supplieresg.emissions.PublishedFactors.bd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.Purchase;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.emissions.EmissionFigure.Perspective;
import org.supplieresg.shared.InvalidInputException;

/**
 * Every expected figure is computed by hand from the published factors of V13/V15 (see {@link PublishedFactors}); the
 * comments show the arithmetic. Figures are kg CO2e rounded half-even to 6 decimals, as the calculator stores them.
 */
class EmissionCalculatorTest {

    /**
     * Federal Reserve G.5A annual averages 2023 as seeded in V15 exchange_rate_annual: CNY 7.0809 per USD (as published),
     * EUR 0.924471 per USD (= 1 / 1.0817 USD per EUR, rounded to 6 dp).
     */
    private static final Map<String, BigDecimal> G5A_2023 = Map.of("CNY:2023", bd("7.0809"), "EUR:2023", bd("0.924471"));
    /**
     * ILLUSTRATIVE US CPI-U annual averages, passed in by this test only: V15 seeds no price_index rows and V17 (real
     * CPI-U values) did not exist when this test was written. These numbers were not read from any source in this
     * repository; replace them with the V17 values once that migration exists.
     */
    private static final Map<Integer, BigDecimal> ILLUSTRATIVE_CPI_U = Map.of(2022, bd("292.655"), 2023, bd("304.702"));
    private static final MoneyConversion MONEY = new MoneyConversion(G5A_2023, ILLUSTRATIVE_CPI_U);

    private static EmissionCalculator calculator(String gwpSet, int year) {
        return new EmissionCalculator(PublishedFactors.snapshot(gwpSet), MONEY, year);
    }

    /** The reporting company's own inventory (no supplier). */
    private static Inventory own(int year, String country) {
        return new Inventory(1, null, year, false, null, null, null, null, null, null, null, country);
    }

    private static Activity line(long id, LineType type, String activity, String quantity, Unit unit, String country) {
        return new Activity(id, 1, type, activity, bd(quantity), unit, country, null, null);
    }

    private static String keyOf(Throwable e) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) e).violations().get(0).messageKey();
    }

    @Nested
    class ScopeOneAndTwo {

        @Test
        void dieselLitresUnderAr5GiveThePublishedTotal() {
            // DESNZ 2024 conversion factors, Fuels row 72: diesel (average biofuel blend) 2.51279 kg CO2e/L
            // (CO2 2.4796 + CH4 0.00029 + N2O 0.0329), published under AR5 (V15 id 3). Reporting set AR5: no rescaling.
            // 1 000 L x 2.51279 = 2 512.79 kg CO2e
            List<EmissionFigure> figures = calculator("AR5", 2024).ofActivity(own(2024, "GB"),
                    line(11, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "1000", Unit.LITRE, "GB"));

            assertThat(figures).singleElement().satisfies(f -> {
                assertThat(f.scope()).isEqualTo(1);
                assertThat(f.perspective()).isEqualTo(Perspective.BUYER);
                assertThat(f.method()).isEqualTo(Method.ACTIVITY_DATA);
                assertThat(f.factorId()).isEqualTo(3L);
                assertThat(f.factorPerUnit()).isEqualByComparingTo("2.51279");
                assertThat(f.kgCo2e()).isEqualByComparingTo("2512.79").hasScaleOf(6);
                // GLOBAL combustion factor for a GB site: geography 2; data year 2024 = reporting year: time 1
                assertThat(f.quality()).isEqualTo(new DataQuality(1, 1, 2, 2, 2));
                assertThat(f.formula()).contains("1000 L × 2.51279 kg CO2e/L", "GWP AR5", "= 2512.79 kg CO2e");
            });
        }

        @Test
        void dieselLitresUnderAr6RescaleMethaneAndNitrousOxide() {
            // Same DESNZ 2024 diesel factor (AR5 basis): CO2 2.4796, CH4 0.00029, N2O 0.0329 kg CO2e/L.
            // V13: CH4_FOSSIL AR5 28 -> AR6 29.8; N2O AR5 265 -> AR6 273; CO2 unchanged.
            // CH4: 0.00029 x 29.8 / 28 = 0.000308642857142857...
            // N2O: 0.0329  x 273 / 265  = 0.033893207547169811...
            // per litre: 2.4796 + 0.000308642857... + 0.033893207547... = 2.513801850404312668...
            // 1 000 L x 2.5138018504043... = 2 513.801850404... -> 2 513.801850 kg CO2e
            List<EmissionFigure> figures = calculator("AR6", 2024).ofActivity(own(2024, "GB"),
                    line(11, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "1000", Unit.LITRE, "GB"));

            EmissionFigure f = figures.get(0);
            assertThat(f.factorPerUnit().setScale(12, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.513801850404");
            assertThat(f.kgCo2e()).isEqualByComparingTo("2513.801850");
            assertThat(f.formula()).contains("GWP AR6");
        }

        @Test
        void dieselOf2025TakesTheDesnz2025Edition() {
            // DESNZ 2025, Fuels row 72: diesel (average biofuel blend) 2.57082 kg CO2e/L (V15 id 27), AR5.
            // 200 L x 2.57082 = 514.164 kg CO2e
            EmissionFigure f = calculator("AR5", 2025).ofActivity(own(2025, "GB"),
                    line(12, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "200", Unit.LITRE, "GB")).get(0);
            assertThat(f.factorId()).isEqualTo(27L);
            assertThat(f.kgCo2e()).isEqualByComparingTo("514.164");
        }

        @Test
        void chinaElectricity2024IsLocationBasedOnTheMee2022Factor() {
            // MEE/NBS 关于发布2022年电力二氧化碳排放因子的公告: 0.5366 kg CO2/kWh (V15 id 402, data year 2022, valid from 2024).
            // Valid for 2024 are 401 (data year 2021, 0.5568) and 402 (data year 2022): the latest data year wins.
            // 403 (2023, 0.5306) is valid only from 2026, 404 (ETS 0.5703) only for 2022.
            // 100 000 kWh x 0.5366 = 53 660 kg CO2e
            List<EmissionFigure> figures = calculator("AR6", 2024).ofActivity(own(2024, "CN"),
                    line(21, LineType.ELECTRICITY, "electricity", "100000", Unit.KWH, "CN"));

            assertThat(figures).hasSize(2);
            EmissionFigure location = figures.get(0);
            assertThat(location.scope()).isEqualTo(2);
            assertThat(location.scope2Basis()).isEqualTo("LOCATION");
            assertThat(location.factorId()).isEqualTo(402L);
            assertThat(location.kgCo2e()).isEqualByComparingTo("53660");
            // CO2-only factor: an AR6 run keeps 0.5366 (CO2 has GWP 1 in every set)
            assertThat(location.factorPerUnit()).isEqualByComparingTo("0.5366");
            // data year 2022 for reporting year 2024: gap 2 -> time 2; CN factor for a CN site -> geography 1
            assertThat(location.quality()).isEqualTo(new DataQuality(1, 2, 1, 2, 2));

            // Without a contractual instrument (and no residual mix) the market-based figure equals the location-based one
            EmissionFigure market = figures.get(1);
            assertThat(market.scope2Basis()).isEqualTo("MARKET");
            assertThat(market.method()).isEqualTo(Method.ACTIVITY_DATA);
            assertThat(market.kgCo2e()).isEqualByComparingTo(location.kgCo2e());
            assertThat(market.factorId()).isEqualTo(402L);
            assertThat(market.methodReason()).contains("grid average used");
        }

        @Test
        void chinaElectricityWithAnEnergyAttributeCertificateIsZeroMarketBased() {
            // Location-based as above: 100 000 kWh x 0.5366 = 53 660 kg CO2e (MEE 2022 factor).
            // Market-based with an EAC (e.g. a green electricity certificate) at 0 kg CO2e/kWh: 100 000 x 0 = 0 kg CO2e
            Activity certified = new Activity(22, 1, LineType.ELECTRICITY, "electricity", bd("100000"), Unit.KWH, "CN", "GEC 绿证 2024-0001", bd("0"));
            List<EmissionFigure> figures = calculator("AR6", 2024).ofActivity(own(2024, "CN"), certified);

            assertThat(figures.get(0).kgCo2e()).isEqualByComparingTo("53660");
            EmissionFigure market = figures.get(1);
            assertThat(market.scope2Basis()).isEqualTo("MARKET");
            assertThat(market.method()).isEqualTo(Method.CONTRACTUAL_INSTRUMENT);
            assertThat(market.kgCo2e()).isEqualByComparingTo("0");
            assertThat(market.formula()).contains("100000 kWh × 0 kg CO2e/kWh (GEC 绿证 2024-0001)");
        }

        @Test
        void electricityInMegawattHoursIsConvertedToTheFactorsKwh() {
            // MEE 2022 factor 0.5366 kg CO2/kWh; 250 MWh = 250 000 kWh; 250 000 x 0.5366 = 134 150 kg CO2e
            EmissionFigure location = calculator("AR5", 2024).ofActivity(own(2024, "CN"),
                    line(23, LineType.ELECTRICITY, "electricity", "250", Unit.MWH, "CN")).get(0);
            assertThat(location.kgCo2e()).isEqualByComparingTo("134150");
            assertThat(location.quantity()).isEqualByComparingTo("250");
            assertThat(location.unit()).isEqualTo("MWh");
        }

        @Test
        void refrigerantR410aUnderAr6() {
            // V13: R-410A AR6 = 2 255.50 (0.5 x HFC-32 771 + 0.5 x HFC-125 3 740)
            // 10 kg x 2 255.5 = 22 555 kg CO2e
            EmissionFigure f = calculator("AR6", 2024).ofActivity(own(2024, "CN"),
                    line(31, LineType.REFRIGERANT, "R-410A", "10", Unit.KG, "CN")).get(0);
            assertThat(f.scope()).isEqualTo(1);
            assertThat(f.kgCo2e()).isEqualByComparingTo("22555");
            assertThat(f.factorPerUnit()).isEqualByComparingTo("2255.5");
            assertThat(f.formula()).isEqualTo("10 kg R-410A × GWP 2255.5 (AR6) = 22555 kg CO2e");
        }

        @Test
        void refrigerantR410aUnderAr5() {
            // V13: R-410A AR5 = 1 923.50 (0.5 x 677 + 0.5 x 3 170); 10 kg x 1 923.5 = 19 235 kg CO2e
            EmissionFigure f = calculator("AR5", 2024).ofActivity(own(2024, "CN"),
                    line(31, LineType.REFRIGERANT, "R-410A", "10", Unit.KG, "CN")).get(0);
            assertThat(f.kgCo2e()).isEqualByComparingTo("19235");
        }

        @Test
        void aSupplierInventoryGivesSupplierFigures() {
            Inventory supplier = new Inventory(2, 7L, 2024, false, null, null, null, null, null, null, null, "CN");
            // DESNZ 2024 diesel 2.51279 kg CO2e/L (AR5): 10 L x 2.51279 = 25.1279 kg CO2e
            EmissionFigure f = calculator("AR5", 2024).ofActivity(supplier,
                    line(13, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "10", Unit.LITRE, "CN")).get(0);
            assertThat(f.perspective()).isEqualTo(Perspective.SUPPLIER);
            assertThat(f.supplierId()).isEqualTo(7L);
            assertThat(f.kgCo2e()).isEqualByComparingTo("25.1279");
        }
    }

    @Nested
    class Errors {

        @Test
        void aYearWithoutAFactorIsRefused() {
            // Diesel factors exist for 2024 (DESNZ 2024, valid 2024 only) and 2025+ (DESNZ 2025): none for 2023
            assertThatThrownBy(() -> calculator("AR5", 2023).ofActivity(own(2023, "GB"),
                    line(11, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "1000", Unit.LITRE, "GB")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noneForYear"))
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("line 11"));
        }

        @Test
        void aGridWithoutAFactorForTheYearIsRefused() {
            // CN grid factors: 2022 only (ETS), 2024+ (MEE 2021/2022), 2026+ (MEE 2023): nothing for 2023
            assertThatThrownBy(() -> calculator("AR5", 2023).ofActivity(own(2023, "CN"),
                    line(21, LineType.ELECTRICITY, "electricity", "1000", Unit.KWH, "CN")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noneForYear"));
        }

        @Test
        void anUnknownActivityIsRefused() {
            assertThatThrownBy(() -> calculator("AR5", 2024).ofActivity(own(2024, "GB"),
                    line(11, LineType.FUEL, "fuel/whale-oil", "1000", Unit.LITRE, "GB")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.unknownActivity"));
        }

        @Test
        void kilowattHoursOfDieselAreAUnitMismatch() {
            // The diesel factors are per litre (volume): a quantity in kWh (energy) finds no factor of its dimension
            assertThatThrownBy(() -> calculator("AR5", 2024).ofActivity(own(2024, "GB"),
                    line(11, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "1000", Unit.KWH, "GB")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.unitMismatch"));
        }

        @Test
        void litresOfElectricityAreAUnitMismatch() {
            // The grid factor is chosen by country, then litres cannot convert to its kWh
            assertThatThrownBy(() -> calculator("AR5", 2024).ofActivity(own(2024, "CN"),
                    line(21, LineType.ELECTRICITY, "electricity", "1000", Unit.LITRE, "CN")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("quantity.unit.mismatch"));
        }

        @Test
        void anUnknownRefrigerantIsRefused() {
            assertThatThrownBy(() -> calculator("AR6", 2024).ofActivity(own(2024, "CN"),
                    line(31, LineType.REFRIGERANT, "R-999X", "10", Unit.KG, "CN")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.refrigerant.unknownGas"));
        }

        @Test
        void aCountryWithoutAGridFactorIsRefused() {
            assertThatThrownBy(() -> calculator("AR5", 2024).ofActivity(own(2024, "VN"),
                    line(21, LineType.ELECTRICITY, "electricity", "1000", Unit.KWH, "VN")))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.factor.noGrid"));
        }
    }

    @Nested
    class CategoryThree {

        @Test
        void ukElectricityHasWellToTankAndGridLosses() {
            // DESNZ 2024: WTT- UK electricity (generation) 0.0459 kg CO2e/kWh (V15 id 13, total only) and
            // T&D- UK electricity 0.0183 kg CO2e/kWh (V15 id 10; CO2 0.01811 + CH4 0.00008 + N2O 0.00011), both AR5.
            // Upstream pairs (V16): electricity/uk-grid -> wtt/uk-electricity, td-losses/uk-grid.
            // 10 000 kWh x 0.0459 = 459 kg CO2e; 10 000 kWh x 0.0183 = 183 kg CO2e
            List<EmissionFigure> figures = calculator("AR5", 2024).upstreamOf(own(2024, "GB"),
                    line(41, LineType.ELECTRICITY, "electricity", "10000", Unit.KWH, "GB"));

            assertThat(figures).hasSize(2).allSatisfy(f -> {
                assertThat(f.scope()).isEqualTo(3);
                assertThat(f.scope3Category()).isEqualTo(3);
                assertThat(f.method()).isEqualTo(Method.FUEL_AND_ENERGY_UPSTREAM);
            });
            assertThat(figures).extracting(EmissionFigure::factorId, f -> f.kgCo2e().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(13L, "459"), org.assertj.core.groups.Tuple.tuple(10L, "183"));
        }

        @Test
        void underAr6OnlyTheFactorWithABreakdownIsRescaled() {
            // WTT 0.0459 is a total only: it stays as published -> 10 000 x 0.0459 = 459 kg CO2e
            // T&D: 0.01811 + 0.00008 x 29.8/28 + 0.00011 x 273/265 = 0.01811 + 0.0000851428... + 0.0001133207... = 0.0183084636...
            //      10 000 x 0.0183084636118598... = 183.084636 kg CO2e
            List<EmissionFigure> figures = calculator("AR6", 2024).upstreamOf(own(2024, "GB"),
                    line(41, LineType.ELECTRICITY, "electricity", "10000", Unit.KWH, "GB"));
            assertThat(figures).filteredOn(f -> f.factorId() == 13L).singleElement()
                    .satisfies(f -> assertThat(f.kgCo2e()).isEqualByComparingTo("459"));
            assertThat(figures).filteredOn(f -> f.factorId() == 10L).singleElement()
                    .satisfies(f -> assertThat(f.kgCo2e()).isEqualByComparingTo("183.084636"));
        }

        @Test
        void dieselHasItsWellToTank() {
            // DESNZ 2024 WTT- fuels, diesel (average biofuel blend) 0.61101 kg CO2e/L (V15 id 12): 1 000 L x 0.61101 = 611.01 kg CO2e
            List<EmissionFigure> figures = calculator("AR5", 2024).upstreamOf(own(2024, "GB"),
                    line(11, LineType.FUEL, "fuel/diesel-average-biofuel-blend", "1000", Unit.LITRE, "GB"));
            assertThat(figures).singleElement().satisfies(f -> {
                assertThat(f.factorId()).isEqualTo(12L);
                assertThat(f.kgCo2e()).isEqualByComparingTo("611.01");
                assertThat(f.methodReason()).isEqualTo("well-to-tank of the fuel used");
            });
        }

        @Test
        void refrigerantsAndGridsWithoutUpstreamPairsHaveNone() {
            assertThat(calculator("AR5", 2024).upstreamOf(own(2024, "CN"),
                    line(31, LineType.REFRIGERANT, "R-410A", "10", Unit.KG, "CN"))).isEmpty();
            assertThat(calculator("AR5", 2024).upstreamOf(own(2024, "CN"),
                    line(21, LineType.ELECTRICITY, "electricity", "1000", Unit.KWH, "CN"))).isEmpty();
        }
    }

    @Nested
    class Purchases {

        private static final long SUPPLIER = 7L;

        private Purchase purchase(long id, int year, Long supplierId, String item, String spend, String currency, String quantity, Unit unit,
                                  String material, String sector, AllocationBasis basis) {
            return new Purchase(id, year, 1, supplierId, "CN", item, bd(spend), currency, bd(quantity), unit, material, sector, basis);
        }

        /**
         * A Chinese cell maker's 2024 inventory, calculated from published factors under AR5:
         * Scope 1: 2 000 L diesel x 2.51279 (DESNZ 2024)             =   5 025.58 kg CO2e
         * Scope 2: 500 000 kWh x 0.5366 (MEE 2022, market = location)  = 268 300 kg CO2e
         * Inputs:  100 t steel x 2 854.91851 (DESNZ 2024 Material use) = 285 491.851 kg CO2e
         * Total (Scope 1 + Scope 2 market + inputs)                    = 558 817.431 kg CO2e
         */
        private SupplierTotals cellMaker2024(boolean withInputs, String productionTonnes) {
            EmissionCalculator calc = calculator("AR5", 2024);
            Inventory inventory = new Inventory(5, SUPPLIER, 2024, false, null, null, null, null, null, null, bd(productionTonnes), "CN");
            List<EmissionFigure> figures = new java.util.ArrayList<>();
            figures.addAll(calc.ofActivity(inventory, new Activity(51, 5, LineType.FUEL, "fuel/diesel-average-biofuel-blend", bd("2000"), Unit.LITRE, "CN", null, null)));
            figures.addAll(calc.ofActivity(inventory, new Activity(52, 5, LineType.ELECTRICITY, "electricity", bd("500000"), Unit.KWH, "CN", null, null)));
            if (withInputs) {
                figures.addAll(calc.ofActivity(inventory, new Activity(53, 5, LineType.INPUT, "material/steel", bd("100"), Unit.TONNE, "CN", null, null)));
            }
            return EmissionCalculator.totals(inventory, figures);
        }

        @Test
        void supplierTotalsAddScopeOneMarketBasedScopeTwoAndInputs() {
            SupplierTotals totals = cellMaker2024(true, "1000");
            assertThat(totals.scope1()).isEqualByComparingTo("5025.58");
            assertThat(totals.scope2Market()).isEqualByComparingTo("268300");
            assertThat(totals.inputs()).isEqualByComparingTo("285491.851");
            assertThat(totals.total()).isEqualByComparingTo("558817.431");
            assertThat(totals.hasInputs()).isTrue();
            // location-based Scope 2 is not weighted a second time: technology (5025.58 x 1 + 268300 x 1 + 285491.851 x 3)
            // / 558817.431 = 2.0218 -> 2.02 (with the location-based figure counted too it would be 1.69)
            assertThat(totals.quality().technology()).isEqualByComparingTo("2.02");
        }

        @Test
        void supplierSpecificPerPiece() {
            // The supplier's own product carbon footprint (ISO 14067), an ILLUSTRATIVE supplier value, not a published factor:
            // 42.5 kg CO2e per piece; 200 pieces x 42.5 = 8 500 kg CO2e
            Footprint pcf = new Footprint(1, SUPPLIER, "MOD-48V", Unit.PIECE, bd("42.5"), 2024, true, "ISO 14067", "LCA report 2024-17");
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(
                    purchase(61, 2024, SUPPLIER, "mod-48v", "10000", "USD", "200", Unit.PIECE, "material/steel", "335911", null),
                    List.of(pcf), cellMaker2024(true, "1000"));

            assertThat(f.method()).isEqualTo(Method.SUPPLIER_SPECIFIC);
            assertThat(f.kgCo2e()).isEqualByComparingTo("8500");
            assertThat(f.factorPerUnit()).isEqualByComparingTo("42.5");
            // verified footprint of the reporting year: (1, 1, 1, 2, 1)
            assertThat(f.quality()).isEqualTo(new DataQuality(1, 1, 1, 2, 1));
        }

        @Test
        void supplierSpecificPerKwhOfBatteryCapacity() {
            // ILLUSTRATIVE supplier footprint per kWh of battery capacity: 61.5 kg CO2e/kWh (declared unit kWh).
            // 0.8 MWh of capacity bought = 800 kWh; 800 x 61.5 = 49 200 kg CO2e
            Footprint older = new Footprint(2, SUPPLIER, "LFP-280", Unit.KWH, bd("70"), 2021, false, "ISO 14067", "LCA 2021");
            Footprint current = new Footprint(3, SUPPLIER, "LFP-280", Unit.KWH, bd("61.5"), 2023, false, "ISO 14067", "LCA 2023");
            Footprint future = new Footprint(4, SUPPLIER, "LFP-280", Unit.KWH, bd("55"), 2026, false, "ISO 14067", "LCA 2026 (planned)");
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(
                    purchase(62, 2024, SUPPLIER, "LFP-280", null, null, "0.8", Unit.MWH, null, null, null),
                    List.of(older, future, current), null);

            assertThat(f.method()).isEqualTo(Method.SUPPLIER_SPECIFIC);
            assertThat(f.kgCo2e()).isEqualByComparingTo("49200");
            assertThat(f.formula()).contains("800 kWh × 61.5 kg CO2e/kWh (footprint 2023)");
            // the latest footprint not after the reporting year; gap 1 -> time 1; unverified -> reliability 2
            assertThat(f.quality()).isEqualTo(new DataQuality(1, 1, 1, 2, 2));
        }

        @Test
        void hybridByPhysicalAllocation() {
            // Supplier total 558 817.431 kg CO2e (see cellMaker2024); 25 t bought of 1 000 t produced: share 0.025
            // 558 817.431 x 0.025 = 13 970.435775 kg CO2e
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(
                    purchase(63, 2024, SUPPLIER, "CELL-X", null, null, "25", Unit.TONNE, "material/steel", null, AllocationBasis.PHYSICAL),
                    List.of(), cellMaker2024(true, "1000"));

            assertThat(f.method()).isEqualTo(Method.HYBRID);
            assertThat(f.allocationBasis()).isEqualTo(AllocationBasis.PHYSICAL);
            assertThat(f.allocationShare()).isEqualByComparingTo("0.025");
            assertThat(f.kgCo2e()).isEqualByComparingTo("13970.435775");
            assertThat(f.formula()).isEqualTo("(5025.58 Scope 1 + 268300 Scope 2 market + 285491.851 inputs) kg CO2e × 25 t bought / 1000 t produced"
                    + " = 13970.435775 kg CO2e");
            // Emission-weighted quality of the supplier's figures (diesel (1,1,2,2,2), grid (1,2,1,2,2), steel (3,1,4,3,3)):
            // time (5 025.58x1 + 268 300x2 + 285 491.851x1) / 558 817.431 = 1.48 -> 1
            // geography (5 025.58x2 + 268 300x1 + 285 491.851x4) / 558 817.431 = 2.54 -> 3
            // reliability (5 025.58x2 + 268 300x2 + 285 491.851x3) / 558 817.431 = 2.51 -> 3
            assertThat(f.quality()).isEqualTo(new DataQuality(2, 1, 3, 2, 3));
        }

        @Test
        void hybridByEconomicAllocationConvertsBothCurrenciesAtTheSameYearsRate() {
            // A supplier with an inventory verified to ISO 14064-3 for 2023 (its own ILLUSTRATIVE verified totals):
            // Scope 1 1 250 t, Scope 2 location 4 300 t, market 3 900 t -> allocated total 1 250 + 3 900 = 5 150 t = 5 150 000 kg
            // Revenue 400 000 000 EUR; spend 1 000 000 CNY; Fed G.5A 2023: 7.0809 CNY/USD, 0.924471 EUR/USD
            // spend   1 000 000 / 7.0809      = 141 224.985524... USD
            // revenue 400 000 000 / 0.924471  = 432 679 878.546758... USD
            // share = 0.000326396008981909...
            // 5 150 000 x 0.000326396008981909 = 1 680.939446 kg CO2e
            EmissionCalculator calc = calculator("AR6", 2023);
            Inventory verified = new Inventory(6, SUPPLIER, 2023, true, bd("1250"), bd("4300"), bd("3900"), "TÜV SÜD",
                    bd("400000000"), "EUR", null, "CN");
            SupplierTotals totals = EmissionCalculator.totals(verified, calc.ofVerifiedTotals(verified));
            assertThat(totals.total()).isEqualByComparingTo("5150000");

            EmissionFigure f = calc.ofPurchase(purchase(64, 2023, SUPPLIER, "CELL-Y", "1000000", "CNY", null, null, null, null, null),
                    List.of(), totals);

            assertThat(f.method()).isEqualTo(Method.HYBRID);
            assertThat(f.allocationBasis()).isEqualTo(AllocationBasis.ECONOMIC);
            assertThat(f.allocationShare().setScale(18, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.000326396008981909");
            assertThat(f.kgCo2e()).isEqualByComparingTo("1680.939446");
            assertThat(f.formula()).contains("1000000 CNY spent / 400000000 EUR revenue");
        }

        @Test
        void hybridIsSkippedWhenTheSupplierListsNoInputs() {
            // Falls to average-data: DESNZ 2024 Material use, steel cans, primary production 2 854.91851 kg CO2e/t (AR4 basis).
            // 3 t x 2 854.91851 = 8 564.75553 kg CO2e
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(
                    purchase(65, 2024, SUPPLIER, "COIL-1", "5000", "USD", "3", Unit.TONNE, "material/steel", null, AllocationBasis.PHYSICAL),
                    List.of(), cellMaker2024(false, "1000"));

            assertThat(f.method()).isEqualTo(Method.AVERAGE_DATA);
            assertThat(f.kgCo2e()).isEqualByComparingTo("8564.75553");
            assertThat(f.methodReason()).contains("no product footprint for item COIL-1")
                    .contains("supplier's inventory lists no purchased inputs");
        }

        @Test
        void hybridIsSkippedWhenTheAllocationShareExceedsOne() {
            // 2 000 t bought of 1 000 t produced: share 2 -> refused; average-data instead:
            // 2 000 t x 2 854.91851 = 5 709 837.02 kg CO2e
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(
                    purchase(66, 2024, SUPPLIER, "CELL-X", null, null, "2000", Unit.TONNE, "material/steel", null, AllocationBasis.PHYSICAL),
                    List.of(), cellMaker2024(true, "1000"));

            assertThat(f.method()).isEqualTo(Method.AVERAGE_DATA);
            assertThat(f.kgCo2e()).isEqualByComparingTo("5709837.02");
            assertThat(f.methodReason()).contains("allocation share above 100 % (2000 t bought / 1000 t produced)");
        }

        @Test
        void averageDataInKilograms() {
            // DESNZ 2024 Material use, steel cans, primary material production 2 854.91851 kg CO2e per tonne (commented-out
            // row 19 of V15, AR4 basis, total only: kept as published whatever the reporting set).
            // 12 500 kg = 12.5 t; 12.5 x 2 854.91851 = 35 686.481375 kg CO2e
            EmissionFigure f = calculator("AR6", 2024).ofPurchase(
                    purchase(67, 2024, SUPPLIER, "COIL-2", null, null, "12500", Unit.KG, "material/steel", null, null),
                    List.of(), null);

            assertThat(f.method()).isEqualTo(Method.AVERAGE_DATA);
            assertThat(f.factorId()).isEqualTo(19L);
            assertThat(f.factorPerUnit()).isEqualByComparingTo("2854.91851");
            assertThat(f.kgCo2e()).isEqualByComparingTo("35686.481375");
            assertThat(f.methodReason()).isEqualTo("quantity × cradle-to-gate average factor; no product footprint for item COIL-2; "
                    + "supplier has no submitted 2024 inventory");
            assertThat(f.formula()).contains("GWP as published");
            // data year 2024: time 1; GB factor for a CN supplier: geography 4
            assertThat(f.quality()).isEqualTo(new DataQuality(3, 1, 4, 3, 3));
        }

        @Test
        void spendBasedConvertsCurrencyAndDeflatesToThePriceYear() {
            // EPA SCEF v1.3.0, NAICS 335911 Storage Battery Manufacturing, with margins: 0.337 kg CO2e per 2022 USD (V15 id 301).
            // Spend 1 000 000 CNY in 2023; Fed G.5A 2023: 7.0809 CNY/USD -> 141 224.985524... USD(2023)
            // x ILLUSTRATIVE CPI-U 2022 292.655 / CPI-U 2023 304.702 -> 135 641.374650... USD(2022)
            // x 0.337 = 45 711.143257 kg CO2e
            EmissionFigure f = calculator("AR6", 2023).ofPurchase(
                    purchase(68, 2023, null, null, "1000000", "CNY", null, null, null, "335911", null), List.of(), null);

            assertThat(f.method()).isEqualTo(Method.SPEND_BASED);
            assertThat(f.factorId()).isEqualTo(301L);
            assertThat(f.factorPerUnit()).isEqualByComparingTo("0.337");
            assertThat(f.kgCo2e()).isEqualByComparingTo("45711.143257");
            assertThat(f.formula()).isEqualTo("1000000 CNY / 7.0809 CNY/USD (2023) × CPI-U 2022 292.655 / CPI-U 2023 304.702 = 135641.37 USD(2022)"
                    + " × 0.337 kg CO2e/USD (EPA-SCEF-1.3/naics/335911/USD v1) = 45711.143257 kg CO2e");
            // Why the better methods were skipped, best first
            assertThat(f.methodReason()).isEqualTo("spend × EEIO factor; no supplier or item code for a product footprint; no supplier; "
                    + "no material and quantity for the average-data method");
            // data year 2022 for 2023: time 1; US factor for a CN supplier: geography 4
            assertThat(f.quality()).isEqualTo(new DataQuality(4, 1, 4, 3, 4));
        }

        @Test
        void freightIsTonneKilometresTimesTheModeFactor() {
            // DESNZ 2024, Freighting goods row 63, HGV (all diesel), all HGVs, average laden: 0.09752 kg CO2e/t.km (AR5).
            // 48 000 t.km x 0.09752 = 4 680.96 kg CO2e
            Purchase freight = new Purchase(69, 2024, 4, null, "GB", null, null, null, bd("48000"), Unit.TONNE_KM,
                    "freight/hgv-all-diesel-average-laden", null, null);
            EmissionFigure f = calculator("AR5", 2024).ofPurchase(freight, List.of(), null);

            assertThat(f.method()).isEqualTo(Method.DISTANCE_BASED);
            assertThat(f.scope3Category()).isEqualTo(4);
            assertThat(f.factorId()).isEqualTo(14L);
            assertThat(f.kgCo2e()).isEqualByComparingTo("4680.96");
            assertThat(f.quality()).isEqualTo(new DataQuality(3, 1, 1, 3, 3));
        }

        @Test
        void freightWithoutQuantityIsRefused() {
            Purchase freight = new Purchase(70, 2024, 4, null, "GB", null, bd("900"), "USD", null, null,
                    "freight/hgv-all-diesel-average-laden", null, null);
            assertThatThrownBy(() -> calculator("AR5", 2024).ofPurchase(freight, List.of(), null))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.freight.incomplete"));
        }

        @Test
        void noMethodPossibleIsRefused() {
            assertThatThrownBy(() -> calculator("AR5", 2024).ofPurchase(
                    purchase(71, 2024, null, null, null, null, null, null, null, null, null), List.of(), null))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.purchase.noMethod"))
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arguments()).singleElement()
                            .asString().contains("no supplier or item code", "no spend with an EEIO sector"));
        }
    }
}
