package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a calculation run reads, as plain values (the rows of inventories, lines, footprints and purchases). */
public final class CalculationInput {

    private CalculationInput() {
    }

    /** An inventory: supplierId null is the reporting company's own. */
    public record Inventory(long id, Long supplierId, int year, boolean verifiedTotals, BigDecimal verifiedScope1Tonnes,
                            BigDecimal verifiedScope2LocationTonnes, BigDecimal verifiedScope2MarketTonnes, String verifier,
                            BigDecimal revenue, String revenueCurrency, BigDecimal productionTonnes, String country) {
    }

    /**
     * One activity line. A purchased input may name the Tier-2 supplier it came from ({@code sourceSupplierId}) and that
     * supplier's product code, for the chain roll-up.
     */
    public record Activity(long id, long inventoryId, LineType type, String activity, BigDecimal quantity, Unit unit,
                           String siteCountry, String instrument, BigDecimal instrumentKgPerKwh, Long sourceSupplierId,
                           String sourceItemCode) {

        public Activity(long id, long inventoryId, LineType type, String activity, BigDecimal quantity, Unit unit,
                        String siteCountry, String instrument, BigDecimal instrumentKgPerKwh) {
            this(id, inventoryId, type, activity, quantity, unit, siteCountry, instrument, instrumentKgPerKwh, null, null);
        }
    }

    /**
     * What Tier-2 suppliers share with the Tier-1 that invited them, for the roll-up of its purchased inputs: who shares
     * with whom (Tier-2 id to Tier-1 id, consented only), their product footprints and their own totals of the year.
     */
    public record Tier2Data(Map<Long, Long> sharedWith, Map<Long, List<Footprint>> footprints, Map<Long, SupplierTotals> totals) {

        public static final Tier2Data NONE = new Tier2Data(Map.of(), Map.of(), Map.of());

        public Tier2Data {
            sharedWith = Map.copyOf(sharedWith);
            footprints = Map.copyOf(footprints);
            totals = Map.copyOf(totals);
        }
    }

    public record Footprint(long id, long supplierId, String productCode, Unit declaredUnit, BigDecimal kgPerUnit,
                            int referenceYear, boolean verified, String standard, String studyReference) {
    }

    public record Purchase(long id, int year, int category, Long supplierId, String supplierCountry, String itemCode,
                           BigDecimal spendAmount, String spendCurrency, BigDecimal quantity, Unit unit, String materialActivity,
                           String spendSector, AllocationBasis allocationBasis) {
    }

    /**
     * What a supplier's own inventory adds up to in this run, for the hybrid method: Scope 1, market-based Scope 2 and
     * the upstream of its inputs, in kg CO2e, with their emission-weighted data quality (null when they add up to nothing).
     */
    public record SupplierTotals(Inventory inventory, BigDecimal scope1, BigDecimal scope2Market, BigDecimal inputs,
                                 boolean hasInputs, DataQuality.Summary quality) {
        public BigDecimal total() {
            return scope1.add(scope2Market).add(inputs);
        }
    }
}
