package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.supplieresg.scoring.Band;

/** A scoring band of a KPI indicator, as stored. */
@Embeddable
public class ScoringBand {

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "lower_bound")
    private BigDecimal lowerBound;

    @Column(name = "upper_bound")
    private BigDecimal upperBound;

    @Column(name = "points_percent", nullable = false)
    private BigDecimal pointsPercent;

    protected ScoringBand() {
        // for JPA
    }

    ScoringBand(int position, BigDecimal lowerBound, BigDecimal upperBound, BigDecimal pointsPercent) {
        this.position = position;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.pointsPercent = pointsPercent;
    }

    public Band toBand() {
        return new Band(lowerBound, upperBound, pointsPercent);
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public BigDecimal upperBound() {
        return upperBound;
    }

    public BigDecimal pointsPercent() {
        return pointsPercent;
    }
}
