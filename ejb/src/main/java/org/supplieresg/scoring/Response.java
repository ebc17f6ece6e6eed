package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** What a supplier answered to one indicator. */
public sealed interface Response {

    /** Nothing answered yet. */
    record Unanswered() implements Response {
    }

    /** The supplier says the indicator does not apply to it. */
    record NotApplicable() implements Response {
    }

    record YesNo(boolean yes) implements Response {
    }

    record Maturity(int level) implements Response {
        public Maturity {
            if (level < 0 || level > 4) {
                throw new IllegalArgumentException("maturity level must be 0 to 4: " + level);
            }
        }
    }

    /** A KPI value, already in the indicator's unit. */
    record Kpi(BigDecimal value) implements Response {
        /** Keeps the value without trailing zeros, so that 20 and 20.000000 are the same answer. */
        public Kpi {
            value = Objects.requireNonNull(value).stripTrailingZeros();
        }
    }
}
