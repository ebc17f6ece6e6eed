package org.supplieresg.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

class ScoringModelTest {

    private static IndicatorRule yesNo(String code, String dimension) {
        return new IndicatorRule(code, dimension, AnswerType.YES_NO, BigDecimal.TEN, false, false, null);
    }

    private static IndicatorRule kpi(String code, List<Band> bands) {
        return new IndicatorRule(code, "AAA", AnswerType.NUMERIC, BigDecimal.TEN, false, false, bands);
    }

    private static Band band(String lower, String upper, String percent) {
        return new Band(lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), new BigDecimal(percent));
    }

    @Test
    void weightsMustSumToOneHundredPercent() {
        List<FieldViolation> found = ScoringModel.violations(
                List.of(new DimensionRule("AAA", new BigDecimal("60"), 0), new DimensionRule("BBB", new BigDecimal("39.5"), 0)),
                List.of(yesNo("A1", "AAA"), yesNo("B1", "BBB")));
        assertThat(found).extracting(FieldViolation::messageKey).containsExactly("catalogue.weights.sum");
        assertThat(found.get(0).arguments()).containsExactly("99.5");
    }

    @Test
    void codesAreUniqueAndEveryIndicatorBelongsToAKnownDimension() {
        assertThatThrownBy(() -> new ScoringModel(List.of(new DimensionRule("AAA", new BigDecimal("100"), 0)),
                List.of(yesNo("A1", "AAA"), yesNo("A1", "AAA"), yesNo("X1", "XYZ"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("catalogue.indicator.duplicate", "catalogue.indicator.unknownDimension"));
    }

    @Test
    void aDimensionWithoutIndicatorsIsRefused() {
        List<FieldViolation> found = ScoringModel.violations(
                List.of(new DimensionRule("AAA", new BigDecimal("50"), 0), new DimensionRule("BBB", new BigDecimal("50"), 0)),
                List.of(yesNo("A1", "AAA")));
        assertThat(found).extracting(FieldViolation::messageKey).containsExactly("catalogue.dimension.empty");
    }

    @Test
    void kpiBandsMustBeContiguousAndOpenAtTheTop() {
        assertThat(ScoringModel.bandsCoverEverything(List.of(band(null, "10", "0"), band("10", null, "100")))).isTrue();
        assertThat(ScoringModel.bandsCoverEverything(List.of(band("0", "10", "0"), band("10", null, "100")))).isTrue();
        assertThat(ScoringModel.bandsCoverEverything(List.of(band(null, "10", "0"), band("12", null, "100")))).as("gap").isFalse();
        assertThat(ScoringModel.bandsCoverEverything(List.of(band(null, "10", "0"), band("10", "20", "100")))).as("closed top").isFalse();
        assertThat(ScoringModel.bandsCoverEverything(List.of())).isFalse();
        assertThat(ScoringModel.violations(List.of(new DimensionRule("AAA", new BigDecimal("100"), 0)),
                List.of(kpi("A1", List.of(band(null, "5", "0"))))))
                .extracting(FieldViolation::messageKey).containsExactly("catalogue.indicator.bands");
    }

    @Test
    void oldQuestionsScoreUnderTheWeightsAndPointsOfTheRulesInForce() {
        // Version 1: AAA and BBB weigh 50 % each; A1 and A2 are worth 10 points.
        ScoringModel v1 = new ScoringModel(
                List.of(new DimensionRule("AAA", new BigDecimal("50"), 0), new DimensionRule("BBB", new BigDecimal("50"), 0)),
                List.of(yesNo("A1", "AAA"), yesNo("A2", "AAA"), yesNo("B1", "BBB")));
        // Version 2: AAA weighs 80 %, BBB 20 %; A1 is worth 30 points and a red flag; A2 became a maturity question; A3 is new.
        ScoringModel v2 = new ScoringModel(
                List.of(new DimensionRule("AAA", new BigDecimal("80"), 0), new DimensionRule("BBB", new BigDecimal("20"), 0)),
                List.of(new IndicatorRule("A1", "AAA", AnswerType.YES_NO, new BigDecimal("30"), false, true, null),
                        new IndicatorRule("A2", "AAA", AnswerType.MATURITY, BigDecimal.TEN, false, false, null),
                        yesNo("A3", "AAA"), yesNo("B1", "BBB")));

        ScoringModel now = v1.scoredBy(v2);

        assertThat(now.dimensions().get("AAA").weightPercent()).isEqualByComparingTo("80");
        assertThat(now.indicators().keySet()).containsExactly("A1", "A2", "B1"); // the questions asked stay v1's
        assertThat(now.indicators().get("A1").maxPoints()).isEqualByComparingTo("30");
        assertThat(now.indicators().get("A1").redFlag()).isTrue();
        assertThat(now.indicators().get("A2").type()).isEqualTo(AnswerType.YES_NO); // the answer given fits only the old rule
        assertThat(v2.scoredBy(v2)).isSameAs(v2);

        // A1 yes (30 of 40 points in AAA, accepted) and B1 no: AAA 75, BBB 0, total 0.8 * 75 = 60.
        java.util.Map<String, AnswerFacts> answers = java.util.Map.of(
                "A1", new AnswerFacts("A1", new Response.YesNo(true), Validation.ACCEPTED),
                "A2", new AnswerFacts("A2", new Response.YesNo(false), Validation.ACCEPTED),
                "B1", new AnswerFacts("B1", new Response.YesNo(false), Validation.ACCEPTED));
        org.supplieresg.procurement.TierPolicy policy = new org.supplieresg.procurement.TierPolicy(1, new BigDecimal("80"),
                new BigDecimal("65"), new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("50"));
        assertThat(ScoringEngine.score(now, policy, answers, List.of()).total()).isEqualByComparingTo("60.00");
        assertThat(ScoringEngine.score(v1, policy, answers, List.of()).total()).isEqualByComparingTo("25.00");
    }
}
