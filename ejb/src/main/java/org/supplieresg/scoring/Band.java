package org.supplieresg.scoring;

import java.math.BigDecimal;

/**
 * A scoring band of a KPI: a value v with {@code lower <= v < upper} earns {@code pointsPercent} of the indicator's
 * points. A null bound is open.
 */
public record Band(BigDecimal lower, BigDecimal upper, BigDecimal pointsPercent) {

    public boolean contains(BigDecimal value) {
        return (lower == null || value.compareTo(lower) >= 0) && (upper == null || value.compareTo(upper) < 0);
    }
}
