package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supplieresg.procurement.Tier;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.scoring.ScoreCard.Cap;
import org.supplieresg.scoring.ScoreCard.DimensionScore;
import org.supplieresg.scoring.ScoreCard.IndicatorScore;

/**
 * Scores one supplier's answers against a catalogue version under a tier policy. The rules:
 *
 * <ol>
 * <li>An indicator's raw share: yes 100 %, no 0 %; maturity level L earns L x 25 %; a KPI earns the points percent of
 * the band its value falls in.</li>
 * <li>The reviewer's decision: an accepted answer earns its raw share of the points; a self-declared answer (not yet
 * reviewed, or more information asked for) earns the raw share times the policy's unvalidated percent (default 50 %);
 * a rejected answer earns nothing. An unanswered indicator earns nothing and still counts, except a calculated one,
 * which counts only once the system has the data to compute it.</li>
 * <li>"Not applicable" takes an indicator out of its dimension, if the indicator allows it and the dimension's limit
 * is not exceeded; otherwise it counts as 0 points.</li>
 * <li>A dimension scores earned / possible x 100; a dimension whose every indicator is not applicable drops out and
 * the other weights are renormalised. The total is the weighted mean of the dimension scores. Scores are rounded
 * half-up to two decimals, at the end only.</li>
 * <li>The total gives the tier by the policy's thresholds; caps can only lower it: a failing answer to a red-flag
 * indicator, once a reviewer accepted it, sets D; an open Major audit finding caps at C; a dimension below the policy's
 * floor rules out A. A red-flag answer not yet confirmed is a warning.</li>
 * </ol>
 */
public final class ScoringEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUARTER = new BigDecimal("25");
    private static final int WORK_SCALE = 8;

    private ScoringEngine() {
    }

    /**
     * @param answers            the supplier's answers by indicator code; a missing code is unanswered
     * @param auditCaps          caps from on-site audits: open Major or Priority findings, corrective actions long
     *                           overdue (empty when none)
     */
    public static ScoreCard score(ScoringModel model, TierPolicy policy, Map<String, AnswerFacts> answers,
                                  List<Cap> auditCaps) {
        List<IndicatorScore> indicatorScores = new ArrayList<>();
        List<DimensionScore> dimensionScores = new ArrayList<>();
        List<Cap> caps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        for (DimensionRule dimension : model.dimensions().values()) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal possible = BigDecimal.ZERO;
            int notApplicable = 0;
            for (IndicatorRule indicator : model.indicatorsOf(dimension.code())) {
                AnswerFacts facts = answers.getOrDefault(indicator.code(),
                        new AnswerFacts(indicator.code(), new Response.Unanswered(), Validation.PENDING));
                boolean naCounts = facts.response() instanceof Response.NotApplicable && indicator.notApplicableAllowed()
                        && notApplicable < dimension.maxNotApplicable();
                if (naCounts) {
                    notApplicable++;
                }
                IndicatorScore result = scoreIndicator(indicator, facts, policy, naCounts, dimension.maxNotApplicable());
                indicatorScores.add(result);
                if (result.counted()) {
                    earned = earned.add(result.earned());
                    possible = possible.add(result.maxPoints());
                }
                if (indicator.redFlag() && result.failing()) {
                    if (facts.validation() == Validation.ACCEPTED) {
                        caps.add(new Cap(Cap.Kind.RED_FLAG, Tier.D, indicator.code()));
                    } else if (facts.validation() == Validation.PENDING) {
                        warnings.add("potential red flag on " + indicator.code() + ": confirm or reject the answer");
                    }
                }
            }
            BigDecimal score = possible.signum() == 0 ? null
                    : earned.multiply(HUNDRED).divide(possible, WORK_SCALE, RoundingMode.HALF_UP);
            dimensionScores.add(new DimensionScore(dimension.code(), earned.setScale(2, RoundingMode.HALF_UP), possible,
                    score, dimension.weightPercent(), null, notApplicable));
        }

        BigDecimal usedWeight = dimensionScores.stream().filter(d -> d.score() != null)
                .map(DimensionScore::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weightedSum = BigDecimal.ZERO;
        List<DimensionScore> finished = new ArrayList<>();
        for (DimensionScore d : dimensionScores) {
            BigDecimal effectiveWeight = d.score() == null || usedWeight.signum() == 0 ? BigDecimal.ZERO
                    : d.weightPercent().multiply(HUNDRED).divide(usedWeight, WORK_SCALE, RoundingMode.HALF_UP);
            if (d.score() != null) {
                weightedSum = weightedSum.add(d.score().multiply(d.weightPercent()));
            }
            finished.add(new DimensionScore(d.code(), d.earned(), d.possible(),
                    d.score() == null ? null : d.score().setScale(2, RoundingMode.HALF_UP), d.weightPercent(),
                    effectiveWeight.setScale(2, RoundingMode.HALF_UP), d.notApplicable()));
            if (d.score() != null && d.score().compareTo(policy.dimensionFloorForA()) < 0) {
                caps.add(new Cap(Cap.Kind.DIMENSION_BELOW_FLOOR, Tier.B, d.code()));
            }
        }
        BigDecimal total = usedWeight.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : weightedSum.divide(usedWeight, 2, RoundingMode.HALF_UP);
        caps.addAll(auditCaps);

        Tier scoreTier = policy.tierForScore(total);
        Tier tier = scoreTier;
        for (Cap cap : caps) {
            tier = tier.atMost(cap.maximum());
        }
        return new ScoreCard(total, finished, indicatorScores, caps, warnings, scoreTier, tier, policy.versionNo());
    }

    private static IndicatorScore scoreIndicator(IndicatorRule indicator, AnswerFacts facts, TierPolicy policy,
                                                 boolean notApplicableAccepted, int naLimit) {
        BigDecimal max = indicator.maxPoints();
        Response response = facts.response();
        if (response instanceof Response.Unanswered) {
            if (indicator.type() == AnswerType.CALCULATED) {
                // Nobody can answer it: it counts once the system has the data to compute it.
                return result(indicator, BigDecimal.ZERO, false, false, "score.rule.calculatedWithoutData");
            }
            return result(indicator, BigDecimal.ZERO, true, false, "score.rule.unanswered");
        }
        if (response instanceof Response.NotApplicable) {
            if (notApplicableAccepted) {
                return result(indicator, BigDecimal.ZERO, false, false, "score.rule.notApplicable");
            }
            return result(indicator, BigDecimal.ZERO, true, false,
                    indicator.notApplicableAllowed() ? "score.rule.notApplicableOverLimit" : "score.rule.notApplicableNotAllowed",
                    String.valueOf(naLimit));
        }
        BigDecimal rawPercent = rawPercent(indicator, response);
        boolean failing = rawPercent.signum() == 0;
        return switch (facts.validation()) {
            case REJECTED -> result(indicator, BigDecimal.ZERO, true, failing, "score.rule.rejected", percent(rawPercent));
            case ACCEPTED -> result(indicator, share(max, rawPercent), true, failing, "score.rule.accepted", percent(rawPercent));
            case PENDING -> result(indicator, share(share(max, rawPercent), policy.unvalidatedPointsPercent()), true, failing,
                    "score.rule.selfDeclared", percent(rawPercent), percent(policy.unvalidatedPointsPercent()));
        };
    }

    /** The share of the points that the response alone earns, in percent. */
    static BigDecimal rawPercent(IndicatorRule indicator, Response response) {
        return switch (indicator.type()) {
            case YES_NO -> {
                if (!(response instanceof Response.YesNo yesNo)) {
                    throw mismatch(indicator, response);
                }
                yield yesNo.yes() ? HUNDRED : BigDecimal.ZERO;
            }
            case MATURITY -> {
                if (!(response instanceof Response.Maturity maturity)) {
                    throw mismatch(indicator, response);
                }
                yield QUARTER.multiply(BigDecimal.valueOf(maturity.level()));
            }
            case NUMERIC, CALCULATED -> {
                if (!(response instanceof Response.Kpi kpi)) {
                    throw mismatch(indicator, response);
                }
                yield indicator.bands().stream().filter(b -> b.contains(kpi.value())).findFirst()
                        .map(Band::pointsPercent)
                        .orElseThrow(() -> new IllegalArgumentException("no band of " + indicator.code() + " holds " + kpi.value()));
            }
        };
    }

    private static IllegalArgumentException mismatch(IndicatorRule indicator, Response response) {
        return new IllegalArgumentException(indicator.code() + " is answered " + indicator.type() + ", not with " + response);
    }

    private static BigDecimal share(BigDecimal points, BigDecimal percent) {
        return points.multiply(percent).divide(HUNDRED, WORK_SCALE, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static IndicatorScore result(IndicatorRule indicator, BigDecimal earned, boolean counted, boolean failing,
                                         String rule, String... arguments) {
        // Unrounded: the dimension adds these up, and rounding happens once, at the end.
        return new IndicatorScore(indicator.code(), indicator.dimension(), earned.stripTrailingZeros(),
                indicator.maxPoints(), counted, failing, rule, List.of(arguments));
    }
}
