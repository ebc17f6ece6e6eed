package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;

/**
 * Adds up a supplier's own figures for its customers' hybrid method: Scope 1, market-based Scope 2 and the upstream
 * of its inputs (location-based Scope 2 is not counted a second time), with the emissions per data-quality scoring.
 * Builders of parts of an inventory (batches of lines calculated side by side) merge into one.
 */
final class TotalsBuilder {

    private BigDecimal scope1 = BigDecimal.ZERO;
    private BigDecimal scope2Market = BigDecimal.ZERO;
    private BigDecimal inputs = BigDecimal.ZERO;
    private boolean hasInputs;
    private final Map<DataQuality, BigDecimal> byQuality = new HashMap<>();

    void add(EmissionFigure f) {
        if (f.scope() == 1) {
            scope1 = scope1.add(f.kgCo2e());
        } else if (f.scope() == 2 && "MARKET".equals(f.scope2Basis())) {
            scope2Market = scope2Market.add(f.kgCo2e());
        } else if (f.scope() == 3) {
            inputs = inputs.add(f.kgCo2e());
            hasInputs = true;
        } else {
            return;
        }
        byQuality.merge(f.quality(), f.kgCo2e(), BigDecimal::add);
    }

    void merge(TotalsBuilder other) {
        scope1 = scope1.add(other.scope1);
        scope2Market = scope2Market.add(other.scope2Market);
        inputs = inputs.add(other.inputs);
        hasInputs |= other.hasInputs;
        other.byQuality.forEach((quality, kg) -> byQuality.merge(quality, kg, BigDecimal::add));
    }

    SupplierTotals build(Inventory inventory) {
        List<DataQuality.Weighted> weighted = new ArrayList<>(byQuality.size());
        byQuality.forEach((quality, kg) -> weighted.add(new DataQuality.Weighted(kg, quality)));
        return new SupplierTotals(inventory, scope1, scope2Market, inputs, hasInputs, DataQuality.emissionWeighted(weighted));
    }
}
