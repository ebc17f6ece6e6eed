package org.supplieresg.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.supplieresg.web.Options;

/** Dates and numbers reach the reader in the reader's language, never as Java's toString(). */
class LocalisedValuesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** Properties that hold a day or a moment, by name. */
    private static final Pattern BARE_DATE = Pattern.compile(
            "#\\{[A-Za-z][\\w.]*\\.(deadline|dueDate|plannedStart|plannedEnd|proposedStart|proposedEnd|validTo|validFrom|assessedOn"
                    + "|submittedAt|calculatedAt|requestedAt|startedAt|finishedAt|sentAt|uploadedAt|createdAt|publishedAt|changedAt|asOf)}");

    @Test
    void pagesShowDatesThroughTheLocaleAwareFormatters() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher m = BARE_DATE.matcher(text);
                while (m.find()) {
                    String tag = text.substring(text.lastIndexOf('<', m.start()), m.start());
                    // an input's own value (date pickers take ISO dates) and conditions are not shown to anyone
                    boolean shown = !(tag.startsWith("<p:datePicker") || tag.startsWith("<p:schedule") || tag.endsWith("rendered=\"")
                            || tag.endsWith("initialDate=\""));
                    if (shown) {
                        bare.add(PAGES.relativize(page) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(bare).as("use options.day(...) or options.moment(...)").isEmpty();
    }

    @Test
    void theFormattersFollowTheReadersLanguage() {
        Options options = new Options();
        Locale zh = Locale.forLanguageTag("zh-CN");
        assertThat(options.day(java.time.LocalDate.of(2026, 3, 31), Locale.ENGLISH)).isEqualTo("March 31, 2026");
        assertThat(options.day("2026-03-31", zh)).isEqualTo("2026年3月31日");
        assertThat(options.day("not a date", zh)).isEqualTo("not a date");
        assertThat(options.moment("2026-11-27T08:16:54.767214Z", Locale.ENGLISH)).startsWith("Nov 27, 2026");
        assertThat(options.moment(java.time.Instant.parse("2026-11-27T08:16:54Z"), zh)).startsWith("2026年11月27日");
        assertThat(options.amount(new java.math.BigDecimal("27600000"), Locale.GERMANY)).isEqualTo("27.600.000");
        assertThat(options.amount(new java.math.BigDecimal("27600000"), zh)).isEqualTo("27,600,000");
        assertThat(options.decimal(new java.math.BigDecimal("6038.46"), Locale.FRANCE)).isEqualTo("6\u202f038,5");
        assertThat(options.decimal(null, Locale.ENGLISH)).isEmpty();
    }
}
