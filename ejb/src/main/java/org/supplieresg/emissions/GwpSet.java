package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** One IPCC set of 100-year global warming potentials per gas (CO2, CH4_FOSSIL, N2O, HFC-134a, R-410A, ...). */
public record GwpSet(String code, String name, String source, boolean reporting, Map<String, BigDecimal> gwp100) {

    public GwpSet {
        gwp100 = Map.copyOf(gwp100);
    }

    public Optional<BigDecimal> gwp(String gas) {
        return Optional.ofNullable(gwp100.get(gas));
    }
}
