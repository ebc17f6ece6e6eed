package org.supplieresg.web.emissions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures are stored in kg CO2e; the pages show tonnes with two decimals. */
final class Tonnes {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Tonnes() {
    }

    static String of(BigDecimal kg) {
        return kg == null ? "" : kg.divide(THOUSAND, 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
