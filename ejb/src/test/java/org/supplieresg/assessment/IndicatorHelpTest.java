package org.supplieresg.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plain-language help of V23 against the catalogue of V3_1 to V3_3: every indicator, both languages, short. */
class IndicatorHelpTest {

    /** The sources, not the packaged module, so that the test reads this checkout's migrations. */
    private static final Path MIGRATIONS = Path.of("../sql/src/main/resources/db/migration");
    private static final Pattern INDICATOR = Pattern.compile("\\(\\d+, 1, \\d+, '([A-Z]{3}-\\d{2})', \\d+,");
    private static final Pattern HELP = Pattern.compile(
            "help_en = '((?:[^']|'')*)',\\s*help_zh = '((?:[^']|'')*)'\\s*WHERE code = '([A-Z]{3}-\\d{2})';");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static final List<String> catalogue = new ArrayList<>();
    private static final Map<String, String[]> help = new HashMap<>();
    private static int helpStatements;

    @BeforeAll
    static void read() throws IOException {
        for (String part : List.of("V3_1__catalogue_v1_management_climate_environment", "V3_2__catalogue_v1_circularity_labour_safety",
                "V3_3__catalogue_v1_ethics_minerals_data")) {
            Matcher m = INDICATOR.matcher(migration(part));
            while (m.find()) {
                catalogue.add(m.group(1));
            }
        }
        Matcher m = HELP.matcher(migration("V23__onboarding_and_indicator_help"));
        while (m.find()) {
            help.put(m.group(3), new String[] {m.group(1).replace("''", "'"), m.group(2).replace("''", "'")});
            helpStatements++;
        }
    }

    private static String migration(String name) throws IOException {
        return Files.readString(MIGRATIONS.resolve(name + ".sql"), StandardCharsets.UTF_8);
    }

    @Test
    void everyIndicatorOfTheCatalogueHasHelpOnceAndNothingElseHas() {
        assertThat(catalogue).hasSize(135);
        assertThat(helpStatements).isEqualTo(135);
        assertThat(help.keySet()).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void theHelpIsShortInEnglishAndInChineseAndNeverRepeated() {
        help.forEach((code, texts) -> {
            assertThat(texts[0]).as(code + " in English").hasSizeBetween(80, 300).doesNotContainPattern(CHINESE);
            assertThat(texts[1]).as(code + " in Chinese").hasSizeBetween(30, 300).containsPattern(CHINESE);
        });
        assertThat(help.values().stream().map(t -> t[0]).distinct()).hasSize(help.size());
        assertThat(help.values().stream().map(t -> t[1]).distinct()).hasSize(help.size());
    }

    @Test
    void eachHelpEndsWithAFirstStep() {
        help.forEach((code, texts) -> {
            assertThat(texts[0]).as(code).containsAnyOf("First step:", "first step");
            assertThat(texts[1]).as(code).contains("第一步");
        });
    }
}
