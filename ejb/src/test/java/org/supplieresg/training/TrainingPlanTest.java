package org.supplieresg.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supplieresg.procurement.Tier;
import org.supplieresg.scoring.ScoreCard;

/** Which modules a score assigns: weak dimensions, the supplier's language first, each module once. */
class TrainingPlanTest {

    static final BigDecimal FIFTY = new BigDecimal("50");

    /** A card with these dimension scores: code, score, code, score, ...; a null score is a dimension not applicable. */
    static ScoreCard card(Object... codesAndScores) {
        List<ScoreCard.DimensionScore> dimensions = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            BigDecimal score = codesAndScores[i + 1] == null ? null : new BigDecimal((String) codesAndScores[i + 1]);
            dimensions.add(new ScoreCard.DimensionScore((String) codesAndScores[i], BigDecimal.ZERO, BigDecimal.TEN, score,
                    BigDecimal.TEN, BigDecimal.TEN, 0));
        }
        return new ScoreCard(new BigDecimal("70"), dimensions, List.of(), List.of(), List.of(), Tier.B, Tier.B, 1);
    }

    static final List<TrainingPlan.Candidate> LIBRARY = List.of(
            new TrainingPlan.Candidate(3, "CLI", "en"),
            new TrainingPlan.Candidate(4, "CLI", "en"),
            new TrainingPlan.Candidate(6, "CLI", "zh-CN"),
            new TrainingPlan.Candidate(12, "LAB", "en"),
            new TrainingPlan.Candidate(14, "LAB", "zh-CN"),
            new TrainingPlan.Candidate(24, "DAT", "en"),
            new TrainingPlan.Candidate(25, "DAT", "en"),
            new TrainingPlan.Candidate(7, "ENV", "en"));

    static List<Long> modules(List<TrainingPlan.Pick> picks) {
        return picks.stream().map(TrainingPlan.Pick::moduleId).toList();
    }

    @Test
    void onlyDimensionsStrictlyBelowTheThresholdAreWeakAndANotApplicableOneNever() {
        ScoreCard card = card("MGT", "80.00", "CLI", "35.20", "ENV", "50.00", "CIR", null, "DAT", "49.99");

        assertThat(TrainingPlan.weaknesses(card, FIFTY)).containsExactly(
                new TrainingPlan.Weakness("CLI", new BigDecimal("35.20")),
                new TrainingPlan.Weakness("DAT", new BigDecimal("49.99")));
        assertThat(TrainingPlan.weaknesses(card, BigDecimal.ZERO)).as("threshold 0: nothing is below it").isEmpty();
        assertThat(TrainingPlan.weaknesses(card, new BigDecimal("100")).stream().map(TrainingPlan.Weakness::dimension))
                .as("threshold 100: everything scored below 100").containsExactly("MGT", "CLI", "ENV", "DAT");
    }

    @Test
    void aSupplierGetsTheWeakDimensionsModulesInItsLanguage() {
        List<TrainingPlan.Weakness> weak = TrainingPlan.weaknesses(card("CLI", "35.20", "LAB", "20.00", "ENV", "90.00"), FIFTY);

        assertThat(modules(TrainingPlan.picks(weak, LIBRARY, Locale.ENGLISH, Set.of()))).containsExactly(3L, 4L, 12L);
        assertThat(modules(TrainingPlan.picks(weak, LIBRARY, Locale.SIMPLIFIED_CHINESE, Set.of()))).containsExactly(6L, 14L);
    }

    @Test
    void withNoModuleInItsLanguageADimensionAssignsAllOfItsModules() {
        List<TrainingPlan.Weakness> weak = TrainingPlan.weaknesses(card("DAT", "41.94"), FIFTY);

        assertThat(modules(TrainingPlan.picks(weak, LIBRARY, Locale.SIMPLIFIED_CHINESE, Set.of()))).containsExactly(24L, 25L);
        assertThat(modules(TrainingPlan.picks(weak, LIBRARY, Locale.GERMAN, Set.of()))).containsExactly(24L, 25L);
    }

    @Test
    void aModuleTheSupplierAlreadyHasIsNeverAssignedAgainNorReplacedByAnotherLanguage() {
        List<TrainingPlan.Weakness> weak = TrainingPlan.weaknesses(card("CLI", "10.00", "LAB", "10.00"), FIFTY);

        assertThat(modules(TrainingPlan.picks(weak, LIBRARY, Locale.ENGLISH, Set.of(3L, 12L)))).containsExactly(4L);
        assertThat(TrainingPlan.picks(weak, LIBRARY, Locale.SIMPLIFIED_CHINESE, Set.of(6L, 14L)))
                .as("the Chinese ones are had (completed or not): the English ones do not stand in").isEmpty();
    }

    @Test
    void eachPickNamesTheWeaknessThatAssignedIt() {
        List<TrainingPlan.Weakness> weak = TrainingPlan.weaknesses(card("LAB", "20.00", "DAT", "41.94"), FIFTY);

        List<TrainingPlan.Pick> picks = TrainingPlan.picks(weak, LIBRARY, Locale.ENGLISH, Set.of());

        assertThat(picks).extracting(p -> p.moduleId() + " " + p.weakness().dimension() + " " + p.weakness().score())
                .containsExactly("12 LAB 20.00", "24 DAT 41.94", "25 DAT 41.94");
    }

    @Test
    void anyTagOfTheLanguageMatches() {
        for (String tag : Arrays.asList("zh", "zh-CN", "zh-Hans", "zh-Hant-TW", "zh-HK")) {
            assertThat(TrainingPlan.speaks(tag, Locale.SIMPLIFIED_CHINESE)).as(tag).isTrue();
        }
        assertThat(TrainingPlan.speaks("en-GB", Locale.ENGLISH)).isTrue();
        assertThat(TrainingPlan.speaks("en", Locale.SIMPLIFIED_CHINESE)).isFalse();
    }
}
