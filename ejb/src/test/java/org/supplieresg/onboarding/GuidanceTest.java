package org.supplieresg.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.PolicyTemplate;

class GuidanceTest {

    private static final List<String> CATALOGUE = List.of("MGT", "CLI", "ENV", "CIR", "LAB", "HSE", "ETH", "MIN", "DAT");
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static Guidance.Standing scored(String dimension, String score) {
        return new Guidance.Standing(dimension, score == null ? null : new BigDecimal(score));
    }

    private static final List<Guidance.Standing> LATEST = List.of(scored("MGT", "80"), scored("CLI", "35.5"), scored("ENV", "60"),
            scored("CIR", "100"), scored("LAB", "72"), scored("HSE", "60"), scored("ETH", "90"), scored("MIN", null),
            scored("DAT", "100"));

    @Test
    void aScoredSupplierSeesItsThreeLowestDimensionsLowestFirstWithTiesInCatalogueOrder() {
        assertThat(Guidance.advise(CATALOGUE, LATEST, List.of(), CHINESE))
                .extracting(Guidance.Advice::dimension, Guidance.Advice::score)
                .containsExactly(tuple("CLI", new BigDecimal("35.5")), tuple("ENV", new BigDecimal("60")), tuple("HSE", new BigDecimal("60")));
    }

    @Test
    void dimensionsWithoutAScoreOrWithFullMarksAreNeverWeak() {
        List<Guidance.Standing> nearlyPerfect = List.of(scored("MGT", "100"), scored("MIN", null), scored("DAT", "99.99"));
        assertThat(Guidance.advise(CATALOGUE, nearlyPerfect, List.of(), CHINESE)).extracting(Guidance.Advice::dimension)
                .containsExactly("DAT");
        assertThat(Guidance.advise(CATALOGUE, List.of(scored("MGT", "100"), scored("MIN", null)), List.of(), CHINESE)).isEmpty();
    }

    @Test
    void aWeakDimensionOffersEveryTemplateForItBasicOrNot() {
        List<Guidance.Advice> advice = Guidance.advise(CATALOGUE, LATEST, List.of(), CHINESE);
        assertThat(advice.get(0).templates()).containsExactly(PolicyTemplate.ENERGY);
        assertThat(advice.get(1).templates()).containsExactly(PolicyTemplate.ENVIRONMENTAL, PolicyTemplate.ENERGY);
        assertThat(advice.get(2).templates()).containsExactly(PolicyTemplate.HEALTH_AND_SAFETY);
    }

    @Test
    void aSupplierNeverScoredSeesEveryDimensionNotYetScoredWithTheBasicTemplatesOnly() {
        List<Guidance.Advice> advice = Guidance.advise(CATALOGUE, List.of(), List.of(), Locale.ENGLISH);
        assertThat(advice).extracting(Guidance.Advice::dimension).containsExactlyElementsOf(CATALOGUE);
        assertThat(advice).allSatisfy(a -> assertThat(a.score()).isNull());
        assertThat(advice).flatExtracting(Guidance.Advice::templates).allSatisfy(t -> assertThat(t.basic()).isTrue())
                .contains(PolicyTemplate.CODE_OF_CONDUCT, PolicyTemplate.ENVIRONMENTAL, PolicyTemplate.HEALTH_AND_SAFETY,
                        PolicyTemplate.ANTI_BRIBERY);
        assertThat(advice.get(CATALOGUE.indexOf("ETH")).templates()).containsExactly(PolicyTemplate.CODE_OF_CONDUCT, PolicyTemplate.ANTI_BRIBERY);
        assertThat(advice.get(CATALOGUE.indexOf("MIN")).templates()).as("the minerals policy is not a basic one").isEmpty();
    }

    @Test
    void modulesAreThoseOfTheDimensionInTheReadersLanguageElseAllOfThemAtMostThree() {
        List<Guidance.Module> modules = List.of(new Guidance.Module(1, "CLI", "en"), new Guidance.Module(2, "CLI", "zh-CN"),
                new Guidance.Module(3, "ENV", "en"), new Guidance.Module(4, "ENV", "de"), new Guidance.Module(5, "HSE", "zh"),
                new Guidance.Module(6, "HSE", "zh-CN"), new Guidance.Module(7, "HSE", "zh-CN"), new Guidance.Module(8, "HSE", "zh-CN"));
        List<Guidance.Advice> advice = Guidance.advise(CATALOGUE, LATEST, modules, CHINESE);
        assertThat(advice).extracting(Guidance.Advice::moduleIds)
                .containsExactly(List.of(2L), List.of(3L, 4L), List.of(5L, 6L, 7L));
    }
}
