package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What the engine needs to know of one indicator. */
public record IndicatorRule(String code, String dimension, AnswerType type, BigDecimal maxPoints,
                            boolean notApplicableAllowed, boolean redFlag, List<Band> bands) {

    public IndicatorRule {
        Objects.requireNonNull(code);
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(type);
        Objects.requireNonNull(maxPoints);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    boolean isKpi() {
        return type == AnswerType.NUMERIC || type == AnswerType.CALCULATED;
    }
}
