package org.supplieresg.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.supplieresg.reports.SupplierScorecard;
import org.supplieresg.scoring.ScoreCard;

/**
 * Strengths, gaps and what it takes to reach the next tier, from a score card. An indicator's possible gain is what
 * its missing points would add to the total: the dimension score is earned / possible x 100 and the total weighs it
 * by the dimension's effective weight, so the gain is (max - earned) / possible x effective weight, in total points.
 */
public final class TierAdvice {

    static final int LISTED = 5;
    private static final List<String> TIERS = List.of("A", "B", "C", "D");

    private TierAdvice() {
    }

    /** The gain in total points of each counted indicator that did not earn its maximum, largest first. */
    static List<Gain> gains(ScoreCard card) {
        Map<String, ScoreCard.DimensionScore> dimensions = new java.util.HashMap<>();
        card.dimensions().forEach(d -> dimensions.put(d.code(), d));
        List<Gain> gains = new ArrayList<>();
        for (ScoreCard.IndicatorScore i : card.indicators()) {
            ScoreCard.DimensionScore d = dimensions.get(i.dimension());
            if (!i.counted() || d == null || d.possible().signum() == 0 || d.effectiveWeightPercent() == null) {
                continue;
            }
            BigDecimal missing = i.maxPoints().subtract(i.earned());
            BigDecimal gain = missing.multiply(d.effectiveWeightPercent()).divide(d.possible(), 2, RoundingMode.HALF_UP);
            gains.add(new Gain(i, gain));
        }
        gains.sort(Comparator.comparing(Gain::gain).reversed().thenComparing(g -> g.indicator().code()));
        return gains;
    }

    record Gain(ScoreCard.IndicatorScore indicator, BigDecimal gain) {
    }

    /** Counted indicators that earned their maximum, those weighing most in the total first. */
    static List<ScoreCard.IndicatorScore> strengths(ScoreCard card) {
        Map<String, BigDecimal> weightOf = new java.util.HashMap<>();
        card.dimensions().forEach(d -> weightOf.put(d.code(), d.possible().signum() == 0 || d.effectiveWeightPercent() == null ? BigDecimal.ZERO
                : d.effectiveWeightPercent().divide(d.possible(), 6, RoundingMode.HALF_UP)));
        return card.indicators().stream()
                .filter(i -> i.counted() && i.maxPoints().signum() > 0 && i.earned().compareTo(i.maxPoints()) >= 0)
                .sorted(Comparator.comparing((ScoreCard.IndicatorScore i) -> i.maxPoints().multiply(weightOf.getOrDefault(i.dimension(), BigDecimal.ZERO)))
                        .reversed().thenComparing(ScoreCard.IndicatorScore::code))
                .limit(LISTED).toList();
    }

    /**
     * The next better tier, the total points missing to its minimum, the caps that allow no better than the current
     * tier, and the indicators that would gain most; empty in tier A.
     */
    static java.util.Optional<Next> next(String tier, BigDecimal total, SupplierScorecard.TierPolicy policy, List<SupplierScorecard.Cap> caps,
                                         ScoreCard card) {
        int index = TIERS.indexOf(tier);
        if (index <= 0) {
            return java.util.Optional.empty();
        }
        String target = TIERS.get(index - 1);
        BigDecimal minimum = switch (target) {
            case "A" -> policy.aMinimum();
            case "B" -> policy.bMinimum();
            default -> policy.cMinimum();
        };
        BigDecimal needed = minimum.subtract(total).max(BigDecimal.ZERO);
        List<SupplierScorecard.Cap> blocking = caps.stream().filter(c -> TIERS.indexOf(c.maximum()) > TIERS.indexOf(target)).toList();
        List<ScoreCard.IndicatorScore> actions = gains(card).stream().filter(g -> g.gain().signum() > 0).limit(LISTED).map(Gain::indicator).toList();
        return java.util.Optional.of(new Next(target, needed, blocking, actions));
    }

    record Next(String tier, BigDecimal pointsNeeded, List<SupplierScorecard.Cap> blockingCaps, List<ScoreCard.IndicatorScore> actions) {
    }

    /** "RED_FLAG:D:LAB-01;DIMENSION_BELOW_FLOOR:B:MIN" as caps. */
    static List<SupplierScorecard.Cap> caps(String text) {
        List<SupplierScorecard.Cap> caps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return caps;
        }
        for (String part : text.split(";")) {
            String[] fields = part.split(":", 3);
            if (fields.length == 3) {
                caps.add(new SupplierScorecard.Cap(fields[0], fields[1], fields[2]));
            }
        }
        return caps;
    }
}
