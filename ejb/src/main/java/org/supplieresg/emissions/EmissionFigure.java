package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * One calculated figure with everything needed to retrace it: the line it comes from, the quantity and unit, the factor
 * version and the value used per unit under the run's GWP set, method and why, allocation, formula and data quality.
 */
public record EmissionFigure(Perspective perspective, int scope, String scope2Basis, Integer scope3Category, Long supplierId,
                             Long activityLineId, Long purchaseLineId, Long inventoryId, Method method, String methodReason,
                             BigDecimal quantity, String unit, Long factorId, BigDecimal factorPerUnit, AllocationBasis allocationBasis,
                             BigDecimal allocationShare, BigDecimal kgCo2e, Supplier<String> formulaText, DataQuality quality, String country) {

    /**
     * How the figure was worked out, in words and numbers. Written out only when asked for (when the figure is stored
     * or shown): a recalculation that finds a group unchanged never spells out its formulas.
     */
    public String formula() {
        return formulaText.get();
    }

    /** Whose inventory the figure belongs to. */
    public enum Perspective {
        /** A supplier's own Scope 1, 2 (and the upstream of its inputs). */
        SUPPLIER,
        /** The reporting company's Scope 1, 2 and 3. */
        BUYER
    }
}
