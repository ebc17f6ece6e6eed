package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Band;
import org.supplieresg.scoring.DimensionRule;
import org.supplieresg.scoring.IndicatorRule;
import org.supplieresg.scoring.ScoringModel;

/** The catalogue that Flyway seeds, as the API serves it: 135 indicators that make a consistent scoring model. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final JsonNode indicators = Http.basic("supplier", "demo").get("api/indicators").json();
    private final JsonNode dimensions = Http.basic("supplier", "demo").get("api/dimensions").json();

    @Test
    void theCatalogueHasExactly135IndicatorsInNineWeightedDimensions() {
        assertThat(indicators.size()).isEqualTo(135);
        Set<String> codes = new HashSet<>();
        indicators.forEach(i -> codes.add(i.get("code").asText()));
        assertThat(codes).hasSize(135);

        Map<String, Integer> perDimension = new LinkedHashMap<>();
        indicators.forEach(i -> perDimension.merge(i.get("dimension").asText(), 1, Integer::sum));
        assertThat(perDimension).containsExactly(Map.entry("MGT", 14), Map.entry("CLI", 22), Map.entry("ENV", 16),
                Map.entry("CIR", 10), Map.entry("LAB", 20), Map.entry("HSE", 14), Map.entry("ETH", 13),
                Map.entry("MIN", 16), Map.entry("DAT", 10));

        BigDecimal weights = BigDecimal.ZERO;
        for (JsonNode d : dimensions) {
            weights = weights.add(d.get("weightPercent").decimalValue());
            assertThat(d.get("indicators").asInt()).isEqualTo(perDimension.get(d.get("code").asText()));
        }
        assertThat(weights).isEqualByComparingTo("100");
    }

    @Test
    void everyIndicatorIsBilingualEvidencedAndTracedToAStandard() {
        for (JsonNode i : indicators) {
            String code = i.get("code").asText();
            for (String field : List.of("textEn", "textZh", "guidanceEn", "guidanceZh", "evidenceEn", "evidenceZh")) {
                assertThat(i.get(field).asText()).as(code + " " + field).isNotBlank();
            }
            assertThat(i.get("textZh").asText()).as(code + " is in Chinese").containsPattern("\\p{IsHan}");
            assertThat(i.get("references").size()).as(code + " references").isPositive();
            AnswerType type = AnswerType.valueOf(i.get("answerType").asText());
            assertThat(i.get("levels").size()).as(code + " levels").isEqualTo(type == AnswerType.MATURITY ? 5 : 0);
            boolean kpi = type == AnswerType.NUMERIC || type == AnswerType.CALCULATED;
            assertThat(i.get("bands").size() > 0).as(code + " bands").isEqualTo(kpi);
            assertThat(i.hasNonNull("unit")).as(code + " unit").isEqualTo(kpi);
            if (i.get("redFlag").asBoolean()) {
                assertThat(i.get("notApplicableAllowed").asBoolean()).as(code + ": a red flag always applies").isFalse();
            }
        }
    }

    @Test
    void theHardStopsOfTheIssueAreRedFlags() {
        List<String> redFlags = new ArrayList<>();
        indicators.forEach(i -> {
            if (i.get("redFlag").asBoolean()) {
                redFlags.add(i.get("dimension").asText());
            }
        });
        assertThat(redFlags).contains("LAB", "HSE", "ETH", "MIN");
    }

    @Test
    void theCatalogueMakesAConsistentScoringModel() {
        List<DimensionRule> dimensionRules = new ArrayList<>();
        dimensions.forEach(d -> dimensionRules.add(new DimensionRule(d.get("code").asText(), d.get("weightPercent").decimalValue(),
                d.get("maxNotApplicable").asInt())));
        List<IndicatorRule> indicatorRules = new ArrayList<>();
        indicators.forEach(i -> {
            List<Band> bands = new ArrayList<>();
            i.get("bands").forEach(b -> bands.add(new Band(b.hasNonNull("lower") ? b.get("lower").decimalValue() : null,
                    b.hasNonNull("upper") ? b.get("upper").decimalValue() : null, b.get("pointsPercent").decimalValue())));
            indicatorRules.add(new IndicatorRule(i.get("code").asText(), i.get("dimension").asText(),
                    AnswerType.valueOf(i.get("answerType").asText()), i.get("maxPoints").decimalValue(),
                    i.get("notApplicableAllowed").asBoolean(), i.get("redFlag").asBoolean(), bands));
        });
        assertThat(ScoringModel.violations(dimensionRules, indicatorRules)).isEmpty();
    }

    @Test
    void theIpccGwpSetsAreSeededWithTheirSourceAndAr6IsTheReportingSet() {
        com.fasterxml.jackson.databind.JsonNode sets = Http.basic("officer", "demo").get("api/gwp-sets").json();
        assertThat(sets.findValuesAsText("code")).containsExactly("AR4", "AR5", "AR6");
        // AR4 (IPCC AR4 WG1 Table 2.14) is there for factors published on its basis, such as DESNZ Material use.
        assertThat(sets.get(0).get("gwp100").get("CH4_FOSSIL").decimalValue()).isEqualByComparingTo("25");
        assertThat(sets.get(0).get("gwp100").get("N2O").decimalValue()).isEqualByComparingTo("298");
        com.fasterxml.jackson.databind.JsonNode ar5 = sets.get(1).get("gwp100");
        com.fasterxml.jackson.databind.JsonNode ar6 = sets.get(2).get("gwp100");
        assertThat(sets.get(2).get("reporting").asBoolean()).isTrue();
        assertThat(sets.get(2).get("source").asText()).contains("AR6 WG1", "Table 7.15");
        assertThat(ar5.get("CH4_FOSSIL").decimalValue()).isEqualByComparingTo("28");
        assertThat(ar6.get("CH4_FOSSIL").decimalValue()).isEqualByComparingTo("29.8");
        assertThat(ar6.get("CH4_NON_FOSSIL").decimalValue()).isEqualByComparingTo("27");
        assertThat(ar6.get("N2O").decimalValue()).isEqualByComparingTo("273");
        for (com.fasterxml.jackson.databind.JsonNode set : List.of(ar5, ar6)) {
            // the blends are the mass-weighted sums of their components
            assertThat(set.get("R-410A").decimalValue()).isEqualByComparingTo(set.get("HFC-32").decimalValue()
                    .add(set.get("HFC-125").decimalValue()).divide(java.math.BigDecimal.valueOf(2)));
        }
    }
}
