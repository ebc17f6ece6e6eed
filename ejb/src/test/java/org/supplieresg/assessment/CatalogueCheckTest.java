package org.supplieresg.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.CatalogueWorkbook.Band;
import org.supplieresg.reports.CatalogueWorkbook.Content;
import org.supplieresg.reports.CatalogueWorkbook.Dimension;
import org.supplieresg.reports.CatalogueWorkbook.Indicator;
import org.supplieresg.reports.CatalogueWorkbook.Level;
import org.supplieresg.reports.CatalogueWorkbook.Reference;
import org.supplieresg.shared.FieldViolation;

class CatalogueCheckTest {

    private static final List<Level> LEVELS = List.of(new Level(0, "None", "无"), new Level(1, "Ad hoc", "临时"),
            new Level(2, "Defined", "已定义"), new Level(3, "Managed", "受控"), new Level(4, "Verified", "已验证"));

    private static Indicator yesNo(String code, String dimension) {
        return new Indicator(code, dimension, 1, "YES_NO", null, new BigDecimal("5"), false, false, false, "Question?",
                "问题？", "", "", "Proof", "证明", List.of(), List.of(), List.of(new Reference("GRI", "2-23")));
    }

    private static Indicator maturity(String code, String dimension, List<Level> levels) {
        return new Indicator(code, dimension, 2, "MATURITY", null, new BigDecimal("8"), true, false, false, "How mature?",
                "成熟度如何？", "Guidance", "指南", "Proof", "证明", levels, List.of(), List.of());
    }

    private static Indicator kpi(String code, String dimension, String unit, List<Band> bands) {
        return new Indicator(code, dimension, 3, "NUMERIC", unit, new BigDecimal("6"), true, false, false, "How much?",
                "多少？", "", "", "Meter readings", "抄表记录", List.of(), bands, List.of(new Reference("GHG_PROTOCOL", "Ch. 4")));
    }

    private static final List<Band> BANDS = List.of(new Band(null, new BigDecimal("10"), new BigDecimal("100")),
            new Band(new BigDecimal("10"), null, BigDecimal.ZERO));

    private static Content content(List<Dimension> dimensions, List<Indicator> indicators) {
        return new Content("2027", null, 1, dimensions, indicators);
    }

    private static final List<Dimension> TWO = List.of(new Dimension("CLI", 1, "Climate", "气候", new BigDecimal("60"), 1),
            new Dimension("LAB", 2, "Labour", "劳工", new BigDecimal("40"), 0));

    private static List<String> messages(Content content) {
        return CatalogueCheck.violations(content).stream().map(v -> v.message(Locale.ENGLISH)).toList();
    }

    @Test
    void aSoundCatalogueHasNoViolations() {
        Content sound = content(TWO, List.of(kpi("CLI-01", "CLI", "MWh", BANDS), maturity("CLI-02", "CLI", LEVELS),
                yesNo("LAB-01", "LAB")));
        assertThat(CatalogueCheck.violations(sound)).isEmpty();
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefused() {
        List<Dimension> dimensions = List.of(TWO.get(0), new Dimension("LAB", 2, "Labour", "劳工", new BigDecimal("39.5"), 0));
        assertThat(messages(content(dimensions, List.of(yesNo("CLI-01", "CLI"), yesNo("LAB-01", "LAB")))))
                .containsExactly("The dimension weights add up to 99.5 %, not 100 %.");
    }

    @Test
    void duplicateCodesAreRefused() {
        assertThat(messages(content(TWO, List.of(yesNo("CLI-01", "CLI"), yesNo("CLI-01", "CLI"), yesNo("LAB-01", "LAB")))))
                .containsExactly("The indicator code CLI-01 appears more than once.");
        List<Dimension> twice = List.of(new Dimension("CLI", 1, "Climate", "气候", new BigDecimal("50"), 1),
                new Dimension("CLI", 2, "Climate again", "气候", new BigDecimal("50"), 1));
        assertThat(messages(content(twice, List.of(yesNo("CLI-01", "CLI"))))).containsExactly("Two dimensions have the same code.");
    }

    @Test
    void everyTextNeedsBothLanguages() {
        Indicator noChinese = new Indicator("LAB-01", "LAB", 1, "YES_NO", null, BigDecimal.ONE, false, true, true,
                "Free of child labour?", " ", "Check ages", null, "Age records", "年龄记录", List.of(), List.of(), List.of());
        List<Dimension> unnamed = List.of(TWO.get(0), new Dimension("LAB", 2, "Labour", null, new BigDecimal("40"), 0));
        assertThat(messages(content(unnamed, List.of(yesNo("CLI-01", "CLI"), noChinese)))).containsExactly(
                "LAB: name_zh is missing; every text needs both English and Chinese.",
                "LAB-01: text_zh is missing; every text needs both English and Chinese.",
                "LAB-01: guidance_zh is missing; every text needs both English and Chinese.");
    }

    @Test
    void answerTypesLevelsUnitsAndBandsMustFit() {
        Indicator unknownType = new Indicator("LAB-01", "LAB", 1, "SCALE", null, BigDecimal.ONE, false, false, false,
                "Q", "问", "", "", "E", "证", List.of(), List.of(), List.of());
        assertThat(messages(content(TWO, List.of(maturity("CLI-01", "CLI", LEVELS.subList(0, 4)),
                kpi("CLI-02", "CLI", null, BANDS), kpi("CLI-03", "CLI", "MWh", BANDS.subList(0, 1)), unknownType,
                yesNo("LAB-02", "LAB"))))).containsExactly(
                "Indicator CLI-01: a MATURITY indicator needs exactly the levels 0, 1, 2, 3 and 4 on the levels sheet.",
                "Indicator CLI-02: NUMERIC and CALCULATED indicators need a unit, and the other types have none.",
                "Indicator LAB-01: the answer type SCALE is not one of YES_NO, MATURITY, NUMERIC, CALCULATED.",
                "The scoring bands of CLI-03 must be contiguous and cover every value.");
    }

    @Test
    void codesFrameworksAndWeightsAreChecked() {
        List<Dimension> dimensions = List.of(new Dimension("Cli", 1, "Climate", "气候", new BigDecimal("100"), 1),
                new Dimension("LAB", 2, "Labour", "劳工", BigDecimal.ZERO, -1));
        Indicator badReference = new Indicator("LAB-01", "LAB", 1, "YES_NO", null, BigDecimal.ONE, false, false, false,
                "Q", "问", "", "", "E", "证", List.of(), List.of(), List.of(new Reference("SA8000", "4.1")));
        List<Indicator> indicators = new ArrayList<>(List.of(yesNo("CLI-1", "Cli"), yesNo("ENV-01", "LAB"), badReference));
        assertThat(messages(content(dimensions, indicators))).containsExactly(
                "Dimension code Cli must be three capital letters, for example LAB.",
                "Dimension LAB: the weight 0 % must be more than 0 and at most 100, with at most two decimals.",
                "Dimension LAB: max_not_applicable cannot be negative.",
                "Indicator code CLI-1 must look like DIM-NN, for example LAB-03.",
                "Indicator ENV-01 must start with the code of its dimension, LAB.",
                "Indicator LAB-01: SA8000 is not a known framework (see the \"read me\" sheet).");
    }

    @Test
    void everyViolationHasAChineseMessageToo() {
        Content broken = content(List.of(new Dimension("LAB", 1, "Labour", "劳工", new BigDecimal("90"), 0)),
                List.of(maturity("LAB-01", "LAB", List.of())));
        List<FieldViolation> violations = CatalogueCheck.violations(broken);
        assertThat(violations).hasSize(2);
        assertThat(violations).allSatisfy(v -> assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("must"));
    }
}
