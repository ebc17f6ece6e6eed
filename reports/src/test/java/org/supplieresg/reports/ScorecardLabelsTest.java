package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardLabelsTest {

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        Properties english = load("scorecard.properties");
        Properties chinese = load("scorecard_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void everyLabelIsUsedByTheWriter() throws IOException {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ScorecardPdf.Labels labels = ScorecardPdf.labels(language);
            Set<String> used = new HashSet<>();
            ScorecardPdf.Labels recording = new ScorecardPdf.Labels(labels.locale(), bundle(labels.locale())) {
                @Override
                String get(String key) {
                    used.add(key);
                    return super.get(key);
                }
            };
            for (SupplierScorecard card : Scorecards.all(language)) {
                ScorecardPdf.write(card, recording, new ByteArrayOutputStream());
            }

            assertThat(used).as(language + ": the fixtures together print every label")
                    .containsExactlyInAnyOrderElementsOf(labels.keys());
        }
    }

    @Test
    void chineseLabelsAreReadAsUtf8AndEnglishOnesDecodeTheirEscapes() {
        assertThat(ScorecardPdf.labels(Locale.SIMPLIFIED_CHINESE).get("title")).isEqualTo("供应商ESG评分卡");
        assertThat(ScorecardPdf.labels(Locale.SIMPLIFIED_CHINESE).get("section.redFlags")).isEqualTo("红线指标");
        assertThat(ScorecardPdf.labels(Locale.ENGLISH).get("method.ACTIVITY_DATA")).isEqualTo("Activity data × emission factors");
    }

    @Test
    void theLabelsOfALanguageAreReadOnce() {
        assertThat(ScorecardPdf.labels(Locale.CHINA)).isSameAs(ScorecardPdf.labels(Locale.TRADITIONAL_CHINESE));
        assertThat(ScorecardPdf.labels(Locale.GERMANY)).isSameAs(ScorecardPdf.labels(Locale.ENGLISH))
                .isNotSameAs(ScorecardPdf.labels(Locale.CHINESE));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.supplieresg.reports.scorecard", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScorecardLabelsTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
