package org.supplieresg.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.scoring.ScoreCard.Cap;

/**
 * The engine against figures computed by hand. The model: dimension AAA (weight 60, one N/A allowed) with A1 yes/no
 * 10 points red flag, A2 maturity 8, A3 KPI 5 (below 10: 0 %, 10 to 50: 50 %, 50 and more: 100 %), A4 yes/no 4 (N/A
 * allowed); dimension BBB (weight 40, no N/A) with B1 maturity 10 and B2 yes/no 5.
 */
class ScoringEngineTest {

    private static final List<Band> A3_BANDS = List.of(
            new Band(null, bd("10"), bd("0")), new Band(bd("10"), bd("50"), bd("50")), new Band(bd("50"), null, bd("100")));

    private static ScoringModel model(String weightA, String weightB, int naA, int naB, boolean bNotApplicable) {
        return new ScoringModel(
                List.of(new DimensionRule("AAA", bd(weightA), naA), new DimensionRule("BBB", bd(weightB), naB)),
                List.of(new IndicatorRule("A1", "AAA", AnswerType.YES_NO, bd("10"), false, true, null),
                        new IndicatorRule("A2", "AAA", AnswerType.MATURITY, bd("8"), false, false, null),
                        new IndicatorRule("A3", "AAA", AnswerType.NUMERIC, bd("5"), true, false, A3_BANDS),
                        new IndicatorRule("A4", "AAA", AnswerType.YES_NO, bd("4"), true, false, null),
                        new IndicatorRule("B1", "BBB", AnswerType.MATURITY, bd("10"), bNotApplicable, false, null),
                        new IndicatorRule("B2", "BBB", AnswerType.YES_NO, bd("5"), bNotApplicable, false, null)));
    }

    private static final ScoringModel MODEL = model("60", "40", 1, 0, false);
    private static final TierPolicy POLICY = TierPolicy.defaults();

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static Map<String, AnswerFacts> answers(Validation validation, Object... codesAndResponses) {
        Map<String, AnswerFacts> answers = new HashMap<>();
        for (int i = 0; i < codesAndResponses.length; i += 2) {
            String code = (String) codesAndResponses[i];
            answers.put(code, new AnswerFacts(code, (Response) codesAndResponses[i + 1], validation));
        }
        return answers;
    }

    private static Response yes() {
        return new Response.YesNo(true);
    }

    private static Response no() {
        return new Response.YesNo(false);
    }

    private static Response level(int level) {
        return new Response.Maturity(level);
    }

    private static Response kpi(String value) {
        return new Response.Kpi(bd(value));
    }

    private static Response na() {
        return new Response.NotApplicable();
    }

    private static ScoreCard.DimensionScore dimension(ScoreCard card, String code) {
        return card.dimensions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static ScoreCard.IndicatorScore indicator(ScoreCard card, String code) {
        return card.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void acceptedAnswersEarnTheirFullShareAndTheTotalIsTheWeightedMean() {
        // AAA: 10 + 8*3/4 + 5*50% = 18.5 of 23 (A4 not applicable) = 80.4348; BBB: 10*2/4 + 0 = 5 of 15 = 33.3333.
        // Total: (80.4348 * 60 + 33.3333 * 40) / 100 = 61.5942 -> 61.59 -> C.
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED,
                "A1", yes(), "A2", level(3), "A3", kpi("20"), "A4", na(), "B1", level(2), "B2", no()), List.of());

        assertThat(dimension(card, "AAA").earned()).isEqualByComparingTo("18.50");
        assertThat(dimension(card, "AAA").possible()).isEqualByComparingTo("23");
        assertThat(dimension(card, "AAA").score()).isEqualByComparingTo("80.43");
        assertThat(dimension(card, "AAA").notApplicable()).isEqualTo(1);
        assertThat(dimension(card, "BBB").score()).isEqualByComparingTo("33.33");
        assertThat(card.total()).isEqualByComparingTo("61.59");
        assertThat(card.scoreTier()).isEqualTo(Tier.C);
        assertThat(card.tier()).isEqualTo(Tier.C);
        assertThat(card.sourcingStatus()).isEqualTo(SourcingStatus.CONDITIONAL);
        assertThat(card.caps()).isEmpty();
        assertThat(indicator(card, "A4").counted()).isFalse();
        assertThat(indicator(card, "A4").rule()).isEqualTo("score.rule.notApplicable");
        assertThat(indicator(card, "A3").earned()).isEqualByComparingTo("2.5");
        assertThat(indicator(card, "A3").rule()).isEqualTo("score.rule.accepted");
        assertThat(indicator(card, "A3").ruleArguments()).containsExactly("50%");
        assertThat(indicator(card, "B2").failing()).isTrue();
    }

    @Test
    void selfDeclaredAnswersEarnHalfUntilAReviewerAcceptsThem() {
        // AAA: 18.5 * 50% = 9.25 of 23 = 40.2174; BBB: 5 * 50% = 2.5 of 15 = 16.6667.
        // Total: (40.2174 * 60 + 16.6667 * 40) / 100 = 30.7971 -> 30.80 -> D.
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers(Validation.PENDING,
                "A1", yes(), "A2", level(3), "A3", kpi("20"), "A4", na(), "B1", level(2), "B2", no()), List.of());

        assertThat(dimension(card, "AAA").score()).isEqualByComparingTo("40.22");
        assertThat(dimension(card, "BBB").score()).isEqualByComparingTo("16.67");
        assertThat(card.total()).isEqualByComparingTo("30.80");
        assertThat(card.tier()).isEqualTo(Tier.D);
        assertThat(indicator(card, "A2").earned()).isEqualByComparingTo("3");
        assertThat(indicator(card, "A2").rule()).isEqualTo("score.rule.selfDeclared");
        assertThat(indicator(card, "A2").ruleArguments()).containsExactly("75%", "50%");
    }

    @Test
    void aConfirmedRedFlagSetsTierDWhateverTheScore() {
        // AAA: 0 + 8 + 5 + 4 = 17 of 27 = 62.9630; BBB: 15 of 15 = 100. Total: 37.7778 + 40 = 77.78 -> B, capped to D.
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED,
                "A1", no(), "A2", level(4), "A3", kpi("50"), "A4", yes(), "B1", level(4), "B2", yes()), List.of());

        assertThat(card.total()).isEqualByComparingTo("77.78");
        assertThat(card.scoreTier()).isEqualTo(Tier.B);
        assertThat(card.tier()).isEqualTo(Tier.D);
        assertThat(card.sourcingStatus()).isEqualTo(SourcingStatus.BLOCKED);
        assertThat(card.caps()).containsExactly(new Cap(Cap.Kind.RED_FLAG, Tier.D, "A1"));
    }

    @Test
    void anUnconfirmedRedFlagIsAWarningNotACap() {
        Map<String, AnswerFacts> answers = answers(Validation.ACCEPTED,
                "A2", level(4), "A3", kpi("50"), "A4", yes(), "B1", level(4), "B2", yes());
        answers.put("A1", new AnswerFacts("A1", no(), Validation.PENDING));
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers, List.of());

        assertThat(card.tier()).isEqualTo(Tier.B);
        assertThat(card.caps()).isEmpty();
        assertThat(card.warnings()).singleElement().asString().contains("A1");
    }

    @Test
    void anOpenMajorFindingCapsAPerfectSupplierAtC() {
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED,
                "A1", yes(), "A2", level(4), "A3", kpi("75"), "A4", yes(), "B1", level(4), "B2", yes()),
                List.of(new Cap(Cap.Kind.OPEN_MAJOR_FINDING, Tier.C, "AUD-2026-1000-F02")));

        assertThat(card.total()).isEqualByComparingTo("100.00");
        assertThat(card.scoreTier()).isEqualTo(Tier.A);
        assertThat(card.tier()).isEqualTo(Tier.C);
        assertThat(card.caps()).containsExactly(new Cap(Cap.Kind.OPEN_MAJOR_FINDING, Tier.C, "AUD-2026-1000-F02"));
    }

    @Test
    void aDimensionBelowTheFloorRulesOutTierA() {
        // Weights 80/20. AAA: 100; BBB: 10 * 1/4 = 2.5 of 15 = 16.6667. Total: 80 + 3.3333 = 83.33 -> A, capped to B.
        ScoreCard card = ScoringEngine.score(model("80", "20", 1, 0, false), POLICY, answers(Validation.ACCEPTED,
                "A1", yes(), "A2", level(4), "A3", kpi("50"), "A4", yes(), "B1", level(1), "B2", no()), List.of());

        assertThat(card.total()).isEqualByComparingTo("83.33");
        assertThat(card.scoreTier()).isEqualTo(Tier.A);
        assertThat(card.tier()).isEqualTo(Tier.B);
        assertThat(card.caps()).containsExactly(new Cap(Cap.Kind.DIMENSION_BELOW_FLOOR, Tier.B, "BBB"));
    }

    @Test
    void aDimensionAnsweredEntirelyNotApplicableDropsOutAndWeightsAreRenormalised() {
        // BBB allows two N/A here. AAA: 10 + 4 + 0 + 4 = 18 of 27 = 66.6667, which is then the whole total -> B.
        ScoreCard card = ScoringEngine.score(model("60", "40", 1, 2, true), POLICY, answers(Validation.ACCEPTED,
                "A1", yes(), "A2", level(2), "A3", kpi("5"), "A4", yes(), "B1", na(), "B2", na()), List.of());

        assertThat(dimension(card, "BBB").score()).isNull();
        assertThat(dimension(card, "BBB").effectiveWeightPercent()).isEqualByComparingTo("0");
        assertThat(dimension(card, "AAA").effectiveWeightPercent()).isEqualByComparingTo("100");
        assertThat(card.total()).isEqualByComparingTo("66.67");
        assertThat(card.tier()).isEqualTo(Tier.B);
    }

    @Test
    void notApplicableBeyondTheLimitOrWhereNotAllowedCountsAsZero() {
        // AAA allows one N/A, taken in catalogue order: A3 is taken out, A4 (the second) counts as 0 of 4. A2 does not
        // allow N/A: 0 of 8. AAA: 10 of 22 = 45.4545. BBB: 15 of 15 = 100. Total: 27.2727 + 40 = 67.27.
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED,
                "A1", yes(), "A2", na(), "A4", na(), "A3", na(), "B1", level(4), "B2", yes()), List.of());

        assertThat(indicator(card, "A2").rule()).isEqualTo("score.rule.notApplicableNotAllowed");
        assertThat(indicator(card, "A3").rule()).isEqualTo("score.rule.notApplicable");
        assertThat(indicator(card, "A4").rule()).isEqualTo("score.rule.notApplicableOverLimit");
        assertThat(dimension(card, "AAA").possible()).isEqualByComparingTo("22");
        assertThat(card.total()).isEqualByComparingTo("67.27");
    }

    @Test
    void rejectedAndUnansweredIndicatorsEarnNothingButStillCount() {
        Map<String, AnswerFacts> answers = answers(Validation.ACCEPTED, "A2", level(4), "B1", level(4), "B2", yes());
        answers.put("A1", new AnswerFacts("A1", yes(), Validation.REJECTED));
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, answers, List.of());

        // AAA: 8 of 27 (A1 rejected, A3 and A4 unanswered) = 29.6296; BBB 100. Total: 17.7778 + 40 = 57.78 -> C.
        assertThat(indicator(card, "A1").rule()).isEqualTo("score.rule.rejected");
        assertThat(indicator(card, "A3").rule()).isEqualTo("score.rule.unanswered");
        assertThat(dimension(card, "AAA").score()).isEqualByComparingTo("29.63");
        assertThat(card.total()).isEqualByComparingTo("57.78");
        assertThat(card.tier()).isEqualTo(Tier.C);
    }

    @Test
    void kpiBandsIncludeTheirLowerBoundAndExcludeTheirUpperBound() {
        IndicatorRule a3 = MODEL.indicators().get("A3");
        assertThat(ScoringEngine.rawPercent(a3, kpi("9.999"))).isEqualByComparingTo("0");
        assertThat(ScoringEngine.rawPercent(a3, kpi("10"))).isEqualByComparingTo("50");
        assertThat(ScoringEngine.rawPercent(a3, kpi("49.99"))).isEqualByComparingTo("50");
        assertThat(ScoringEngine.rawPercent(a3, kpi("50"))).isEqualByComparingTo("100");
        assertThat(ScoringEngine.rawPercent(a3, kpi("-3"))).isEqualByComparingTo("0");
    }

    @Test
    void anAnswerOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED, "A2", yes()), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A2 is answered MATURITY");
        assertThatThrownBy(() -> new Response.Maturity(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalculatedIndicatorWithoutDataIsLeftOut() {
        ScoringModel model = new ScoringModel(List.of(new DimensionRule("AAA", bd("100"), 0)), List.of(
                new IndicatorRule("A1", "AAA", AnswerType.YES_NO, bd("10"), false, false, null),
                new IndicatorRule("A2", "AAA", AnswerType.CALCULATED, bd("10"), false, false, A3_BANDS)));
        ScoreCard withoutData = ScoringEngine.score(model, POLICY, answers(Validation.ACCEPTED, "A1", yes()), List.of());
        assertThat(withoutData.total()).isEqualByComparingTo("100");
        assertThat(indicator(withoutData, "A2").rule()).isEqualTo("score.rule.calculatedWithoutData");

        ScoreCard withData = ScoringEngine.score(model, POLICY, answers(Validation.ACCEPTED, "A1", yes(), "A2", kpi("20")), List.of());
        assertThat(withData.total()).as("10 + 5 of 20").isEqualByComparingTo("75");
    }

    @Test
    void nothingAnsweredScoresZeroAndTierD() {
        ScoreCard card = ScoringEngine.score(MODEL, POLICY, Map.of(), List.of());
        assertThat(card.total()).isEqualByComparingTo("0");
        assertThat(card.tier()).isEqualTo(Tier.D);
    }

    @Test
    void aCoreCampaignIsScoredOnTheCoreQuestionsAloneAndADimensionWithoutThemDropsOut() {
        // Core subset: A1 and A2 of AAA; BBB has no core question. Accepted: A1 yes 10/10, A2 level 2 of 4 = 4/8.
        ScoringModel core = MODEL.withCoreSubset(java.util.Set.of("A1", "A2")).coreOnly();
        ScoreCard card = ScoringEngine.score(core, POLICY, answers(Validation.ACCEPTED, "A1", yes(), "A2", level(2)), List.of());

        assertThat(card.indicators()).extracting(ScoreCard.IndicatorScore::code).containsExactly("A1", "A2");
        assertThat(card.dimensions()).extracting(ScoreCard.DimensionScore::code).containsExactly("AAA");
        // 14 of 18 points = 77.78 %; AAA carries all the weight used.
        assertThat(dimension(card, "AAA").score()).isEqualByComparingTo("77.78");
        assertThat(dimension(card, "AAA").effectiveWeightPercent()).isEqualByComparingTo("100.00");
        assertThat(card.total()).isEqualByComparingTo("77.78");
        // The full model would count the unanswered questions: 14 of 23 in AAA and nothing in BBB.
        assertThat(ScoringEngine.score(MODEL, POLICY, answers(Validation.ACCEPTED, "A1", yes(), "A2", level(2)), List.of()).total())
                .isLessThan(card.total());
    }

    @Test
    void theCoreSubsetTravelsWithTheModelWhenANewerVersionsRulesScoreIt() {
        ScoringModel marked = MODEL.withCoreSubset(java.util.Set.of("B1"));
        assertThat(marked.scoredBy(model("50", "50", 1, 0, false)).coreOnly().indicators()).containsOnlyKeys("B1");
        assertThat(MODEL.coreOnly().indicators()).isEmpty();
    }
}
