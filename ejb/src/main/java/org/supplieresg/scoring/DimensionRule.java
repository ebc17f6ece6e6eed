package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A dimension's weight in the total, in percent, and how many of its indicators may be "not applicable". */
public record DimensionRule(String code, BigDecimal weightPercent, int maxNotApplicable) {

    public DimensionRule {
        Objects.requireNonNull(code);
        Objects.requireNonNull(weightPercent);
    }
}
