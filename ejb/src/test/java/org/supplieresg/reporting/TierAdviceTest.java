package org.supplieresg.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.procurement.Tier;
import org.supplieresg.reports.SupplierScorecard;
import org.supplieresg.scoring.ScoreCard;

class TierAdviceTest {

    private static final SupplierScorecard.TierPolicy POLICY = new SupplierScorecard.TierPolicy(1, new BigDecimal("80"), new BigDecimal("65"),
            new BigDecimal("50"), new BigDecimal("30"));

    /** Climate: 15 of 40 points at 20 % effective weight; labour: 20 of 20 at 15 %. */
    private static ScoreCard card() {
        return new ScoreCard(new BigDecimal("60.00"),
                List.of(new ScoreCard.DimensionScore("CLI", new BigDecimal("15"), new BigDecimal("40"), new BigDecimal("37.50"), new BigDecimal("20"),
                                new BigDecimal("20"), 0),
                        new ScoreCard.DimensionScore("LAB", new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("100.00"), new BigDecimal("15"),
                                new BigDecimal("15"), 0)),
                List.of(indicator("CLI-01", "CLI", "10", "10", true, false), indicator("CLI-02", "CLI", "0", "10", true, true),
                        indicator("CLI-03", "CLI", "5", "20", true, false), indicator("LAB-01", "LAB", "20", "20", true, false),
                        indicator("LAB-02", "LAB", "0", "5", false, false)),
                List.of(), List.of(), Tier.C, Tier.C, 1);
    }

    private static ScoreCard.IndicatorScore indicator(String code, String dimension, String earned, String max, boolean counted, boolean failing) {
        return new ScoreCard.IndicatorScore(code, dimension, new BigDecimal(earned), new BigDecimal(max), counted, failing, "score.rule", List.of());
    }

    @Test
    void theGainOfAnIndicatorIsWhatItsMissingPointsAddToTheTotal() {
        // CLI-03: (20 - 5) / 40 x 20 = 7.50 total points; CLI-02: (10 - 0) / 40 x 20 = 5.00; LAB-02 is not counted
        assertThat(TierAdvice.gains(card())).extracting(g -> g.indicator().code() + " " + g.gain())
                .containsExactly("CLI-03 7.50", "CLI-02 5.00", "CLI-01 0.00", "LAB-01 0.00");
    }

    @Test
    void strengthsAreFullPointsWeighingMostInTheTotalFirst() {
        // LAB-01 carries 20 / 20 x 15 = 15 total points, CLI-01 10 / 40 x 20 = 5
        assertThat(TierAdvice.strengths(card())).extracting(ScoreCard.IndicatorScore::code).containsExactly("LAB-01", "CLI-01");
    }

    @Test
    void theNextTierSaysThePointsMissingTheCapsInTheWayAndTheBestActions() {
        List<SupplierScorecard.Cap> caps = TierAdvice.caps("OPEN_MAJOR_FINDING:C:F-2026-0001;DIMENSION_BELOW_FLOOR:B:MIN");

        TierAdvice.Next next = TierAdvice.next("C", new BigDecimal("60.00"), POLICY, caps, card()).orElseThrow();

        assertThat(next.tier()).isEqualTo("B");
        assertThat(next.pointsNeeded()).isEqualByComparingTo("5.00");
        assertThat(next.blockingCaps()).containsExactly(new SupplierScorecard.Cap("OPEN_MAJOR_FINDING", "C", "F-2026-0001"));
        assertThat(next.actions()).extracting(ScoreCard.IndicatorScore::code).containsExactly("CLI-03", "CLI-02");
    }

    @Test
    void aCappedSupplierAboveTheMinimumNeedsNoPointsOnlyTheCapLifted() {
        TierAdvice.Next next = TierAdvice.next("D", new BigDecimal("72.00"), POLICY, TierAdvice.caps("RED_FLAG:D:LAB-01"), card()).orElseThrow();

        assertThat(next.tier()).isEqualTo("C");
        assertThat(next.pointsNeeded()).isEqualByComparingTo("0");
        assertThat(next.blockingCaps()).extracting(SupplierScorecard.Cap::source).containsExactly("LAB-01");
    }

    @Test
    void tierAHasNoNextTierAndEmptyCapsTextNoCaps() {
        assertThat(TierAdvice.next("A", new BigDecimal("90"), POLICY, List.of(), card())).isEmpty();
        assertThat(TierAdvice.caps("")).isEmpty();
        assertThat(TierAdvice.caps(null)).isEmpty();
    }
}
