package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The five data-quality indicators of the GHG Protocol Scope 3 Standard (chapter 7, table 7.6), each scored 1 (very
 * good) to 5 (very poor) as in a pedigree matrix. How each figure is scored is in docs/emissions.md.
 */
public record DataQuality(int technology, int time, int geography, int completeness, int reliability) {

    public DataQuality {
        for (int score : new int[] {technology, time, geography, completeness, reliability}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("data-quality scores run from 1 to 5: " + score);
            }
        }
    }

    /** Time: how far the factor's (or footprint's) data year lies from the reporting year. */
    public static int timeScore(int reportingYear, int dataYear) {
        int gap = Math.abs(reportingYear - dataYear);
        return gap <= 1 ? 1 : gap <= 3 ? 2 : gap <= 6 ? 3 : gap <= 10 ? 4 : 5;
    }

    /** Geography: the factor's region against the country of the activity; fuel chemistry (GLOBAL) travels well. */
    public static int geographyScore(String factorRegion, String activityCountry) {
        if (factorRegion == null || activityCountry == null) {
            return 4;
        }
        if (factorRegion.equalsIgnoreCase(activityCountry)) {
            return 1;
        }
        return "GLOBAL".equalsIgnoreCase(factorRegion) ? 2 : 4;
    }

    public BigDecimal mean() {
        return BigDecimal.valueOf(technology + time + geography + completeness + reliability)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_EVEN);
    }

    /** A figure and its quality, for weighting. */
    public record Weighted(BigDecimal kgCo2e, DataQuality quality) {
    }

    /**
     * The emission-weighted mean of each indicator and of their mean, to two decimals (half-even); null when the
     * figures add up to nothing.
     */
    public static Summary emissionWeighted(List<Weighted> figures) {
        // Figures share few distinct scorings: add up the emissions per scoring first, then weigh each scoring once.
        java.util.Map<DataQuality, BigDecimal> byQuality = new java.util.HashMap<>();
        for (Weighted f : figures) {
            byQuality.merge(f.quality(), f.kgCo2e().abs(), BigDecimal::add);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (java.util.Map.Entry<DataQuality, BigDecimal> e : byQuality.entrySet()) {
            BigDecimal kg = e.getValue();
            DataQuality q = e.getKey();
            total = total.add(kg);
            int[] scores = {q.technology, q.time, q.geography, q.completeness, q.reliability};
            for (int i = 0; i < 5; i++) {
                sums[i] = sums[i].add(kg.multiply(BigDecimal.valueOf(scores[i])));
            }
        }
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal[] means = new BigDecimal[5];
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < 5; i++) {
            means[i] = sums[i].divide(total, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
            all = all.add(sums[i]);
        }
        BigDecimal overall = all.divide(total.multiply(BigDecimal.valueOf(5)), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
        return new Summary(means[0], means[1], means[2], means[3], means[4], overall);
    }

    public record Summary(BigDecimal technology, BigDecimal time, BigDecimal geography, BigDecimal completeness,
                          BigDecimal reliability, BigDecimal overall) {
    }
}
