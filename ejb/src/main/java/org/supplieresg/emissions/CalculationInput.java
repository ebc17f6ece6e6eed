package org.supplieresg.emissions;

import java.math.BigDecimal;

/** What a calculation run reads, as plain values (the rows of inventories, lines, footprints and purchases). */
public final class CalculationInput {

    private CalculationInput() {
    }

    /** An inventory: supplierId null is the reporting company's own. */
    public record Inventory(long id, Long supplierId, int year, boolean verifiedTotals, BigDecimal verifiedScope1Tonnes,
                            BigDecimal verifiedScope2LocationTonnes, BigDecimal verifiedScope2MarketTonnes, String verifier,
                            BigDecimal revenue, String revenueCurrency, BigDecimal productionTonnes, String country) {
    }

    public record Activity(long id, long inventoryId, LineType type, String activity, BigDecimal quantity, Unit unit,
                           String siteCountry, String instrument, BigDecimal instrumentKgPerKwh) {
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
