package org.supplieresg.assessment;

import java.math.BigDecimal;

/** A dimension with its weight and how many indicators it holds. */
public record DimensionView(String code, int position, String nameEn, String nameZh, BigDecimal weightPercent,
                            int maxNotApplicable, int indicators) {

    static DimensionView of(Dimension d) {
        return new DimensionView(d.code(), d.position(), d.nameEn(), d.nameZh(), d.weightPercent(),
                d.maxNotApplicable(), d.indicators().size());
    }
}
