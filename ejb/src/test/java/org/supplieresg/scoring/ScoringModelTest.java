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
}
