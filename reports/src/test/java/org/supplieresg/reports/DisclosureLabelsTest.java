package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DisclosureLabelsTest {

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        Properties english = load("disclosure.properties");
        Properties chinese = load("disclosure_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void englishIsAsciiAndChineseIsReadAsUtf8() throws IOException {
        try (InputStream in = DisclosureLabelsTest.class.getResourceAsStream("disclosure.properties")) {
            byte[] bytes = in.readAllBytes();
            assertThat(new String(bytes, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII)).isEqualTo(bytes);
        }
        assertThat(bundle(Locale.SIMPLIFIED_CHINESE).getString("section.audits")).isEqualTo("审核覆盖率");
        assertThat(bundle(Locale.ENGLISH).getString("section.screening")).isEqualTo("Supplier screening \u2013 GRI 308-1 and 414-1");
    }

    @Test
    void theWritersUseEveryLabelAndNoOther() throws IOException {
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            DisclosureLabels labels = DisclosureLabels.of(language);
            for (Disclosure disclosure : List.of(Disclosures.year2025(), Disclosures.emptyQuarter(), Disclosures.sharesWithoutWhole())) {
                DisclosurePdf.write(disclosure, labels, OutputStream.nullOutputStream());
                DisclosureWorkbook.write(disclosure, labels, OutputStream.nullOutputStream());
            }

            assertThat(labels.used()).as(language + ": keys asked for (a missing one would have thrown)")
                    .containsExactlyInAnyOrderElementsOf(labels.keys());
        }
    }

    /** The labels of one language as the writers read them, without falling back to the JVM's default locale. */
    static ResourceBundle bundle(Locale language) {
        Locale locale = "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle("org.supplieresg.reports.disclosure", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DisclosureLabelsTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
