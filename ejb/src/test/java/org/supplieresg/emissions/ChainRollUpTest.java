package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supplieresg.emissions.PublishedFactors.bd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.emissions.CalculationInput.Tier2Data;
import org.supplieresg.emissions.EmissionFigure.Perspective;

/**
 * The chain roll-up: a Tier-1's purchased input from a Tier-2 that shares its data is calculated from that Tier-2's
 * footprint, else from its own emissions allocated by mass, and otherwise by the average material factor. Figures by
 * hand from the published factors of V15 (see {@link PublishedFactors}).
 */
class ChainRollUpTest {

    private static final long TIER1 = 7;
    private static final long TIER2 = 70;
    private static final long OTHER_TIER1 = 8;
    private static final MoneyConversion MONEY = new MoneyConversion(Map.of("CNY:2024", bd("7.1897")), Map.of());

    private final EmissionCalculator base = new EmissionCalculator(PublishedFactors.snapshot("AR5"), MONEY, 2024);
    private final Inventory tier1Inventory = new Inventory(1, TIER1, 2024, false, null, null, null, null, null, null, bd("500"), "CN");

    /** 20 t of steel bought from the Tier-2, naming its product COIL-1. */
    private static Activity steelFromTier2(String itemCode) {
        return new Activity(11, 1, LineType.INPUT, "material/steel", bd("20"), Unit.TONNE, "CN", null, null, TIER2, itemCode);
    }

    /**
     * The Tier-2's own 2024 inventory: 10 000 L diesel x 2.51279 = 25 127.9 kg (Scope 1) and 200 000 kWh x 0.5366 =
     * 107 320 kg (Scope 2, market = location): 132 447.9 kg CO2e for 400 t produced.
     */
    private SupplierTotals tier2Totals() {
        Inventory inventory = new Inventory(2, TIER2, 2024, false, null, null, null, null, null, null, bd("400"), "CN");
        List<EmissionFigure> figures = new ArrayList<>();
        figures.addAll(base.ofActivity(inventory, new Activity(21, 2, LineType.FUEL, "fuel/diesel-average-biofuel-blend", bd("10000"), Unit.LITRE, "CN", null, null)));
        figures.addAll(base.ofActivity(inventory, new Activity(22, 2, LineType.ELECTRICITY, "electricity", bd("200000"), Unit.KWH, "CN", null, null)));
        return EmissionCalculator.totals(inventory, figures);
    }

    private static Footprint coil(String kgPerTonne) {
        return new Footprint(5, TIER2, "COIL-1", Unit.TONNE, bd(kgPerTonne), 2024, true, "ISO 14067", "EPD S-P-01234");
    }

    @Test
    void aSharedFootprintReplacesTheAverageFactor() {
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(TIER2, TIER1), Map.of(TIER2, List.of(coil("1850"))), Map.of()));

        EmissionFigure figure = chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")).get(0);

        // 20 t x 1 850 kg CO2e/t = 37 000 kg CO2e (the average steel factor would give 20 x 2 854.91851 = 57 098.3702)
        assertThat(figure.method()).isEqualTo(Method.SUPPLIER_SPECIFIC);
        assertThat(figure.kgCo2e()).isEqualByComparingTo("37000");
        assertThat(figure.perspective()).isEqualTo(Perspective.SUPPLIER);
        assertThat(figure.scope()).isEqualTo(3);
        assertThat(figure.scope3Category()).isEqualTo(1);
        assertThat(figure.methodReason()).contains("COIL-1", "EPD S-P-01234", "buyer ← supplier 7 ← Tier-2 supplier 70");
        assertThat(figure.formula()).contains("20 t × 1850 kg CO2e/t", "= 37000 kg CO2e");
        assertThat(figure.quality().technology()).isEqualTo(1);
    }

    @Test
    void withoutAFootprintTheTier2sOwnEmissionsAreAllocatedByMass() {
        SupplierTotals totals = tier2Totals();
        assertThat(totals.total()).isEqualByComparingTo("132447.9");
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(TIER2, TIER1), Map.of(), Map.of(TIER2, totals)));

        EmissionFigure figure = chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")).get(0);

        // 132 447.9 kg x 20 t / 400 t = 132 447.9 x 0.05 = 6 622.395 kg CO2e
        assertThat(figure.method()).isEqualTo(Method.HYBRID);
        assertThat(figure.allocationBasis()).isEqualTo(AllocationBasis.PHYSICAL);
        assertThat(figure.allocationShare()).isEqualByComparingTo("0.05");
        assertThat(figure.kgCo2e()).isEqualByComparingTo("6622.395");
        assertThat(figure.formula()).contains("20 t bought / 400 t produced", "= 6622.395 kg CO2e");
    }

    @Test
    void aTier2ThatHasNotConsentedIsNotUsedAndTheReasonSaysSo() {
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(), Map.of(TIER2, List.of(coil("1850"))), Map.of()));

        EmissionFigure figure = chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")).get(0);

        // DESNZ 2024 steel 2 854.91851 kg CO2e/t x 20 t = 57 098.3702 kg CO2e
        assertThat(figure.method()).isEqualTo(Method.AVERAGE_DATA);
        assertThat(figure.kgCo2e()).isEqualByComparingTo("57098.3702");
        assertThat(figure.methodReason()).contains("Tier-2 supplier 70 does not share its data with this company");
    }

    @Test
    void aTier2SharesOnlyWithTheTier1ThatInvitedIt() {
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(TIER2, OTHER_TIER1), Map.of(TIER2, List.of(coil("1850"))), Map.of()));

        EmissionFigure figure = chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")).get(0);

        assertThat(figure.method()).isEqualTo(Method.AVERAGE_DATA);
    }

    @Test
    void theRolledUpInputFlowsIntoTheTier1sTotalsAndSoIntoTheBuyersHybridFigure() {
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(TIER2, TIER1), Map.of(TIER2, List.of(coil("1850"))), Map.of()));
        List<EmissionFigure> tier1Figures = new ArrayList<>(chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")));
        tier1Figures.addAll(chained.ofActivity(tier1Inventory,
                new Activity(12, 1, LineType.FUEL, "fuel/diesel-average-biofuel-blend", bd("1000"), Unit.LITRE, "CN", null, null)));

        SupplierTotals tier1 = EmissionCalculator.totals(tier1Inventory, tier1Figures);

        // inputs 37 000 (from the Tier-2's footprint) + Scope 1 2 512.79 = 39 512.79 kg CO2e for the buyer to allocate
        assertThat(tier1.inputs()).isEqualByComparingTo("37000");
        assertThat(tier1.scope1()).isEqualByComparingTo("2512.79");
        assertThat(tier1.total()).isEqualByComparingTo("39512.79");
    }

    @Test
    void aFootprintInAnotherUnitFallsBackWithTheReason() {
        Footprint perPiece = new Footprint(6, TIER2, "COIL-1", Unit.PIECE, bd("3"), 2024, false, "ISO 14067", "LCA 7");
        EmissionCalculator chained = base.withTier2(new Tier2Data(Map.of(TIER2, TIER1), Map.of(TIER2, List.of(perPiece)), Map.of()));

        EmissionFigure figure = chained.ofActivity(tier1Inventory, steelFromTier2("COIL-1")).get(0);

        assertThat(figure.method()).isEqualTo(Method.AVERAGE_DATA);
        assertThat(figure.methodReason()).contains("per piece but the input is in t", "no submitted 2024 inventory");
    }
}
