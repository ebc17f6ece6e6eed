package org.supplieresg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldViolationTest {

    private static final String BASE = "/org/supplieresg/shared/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FieldViolationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void formatsTheArgumentsInEnglish() {
        assertThat(FieldViolation.of("legalName", "field.tooLong", 200).message(Locale.ENGLISH))
                .isEqualTo("At most 200 characters.");
        assertThat(FieldViolation.of("country", "supplier.country.unknown", "XX").message(Locale.ENGLISH))
                .isEqualTo("\"XX\" is not an ISO 3166-1 alpha-2 country code.");
        assertThat(FieldViolation.of("industryCode", "supplier.industryCode.invalid", "32A180", "NAICS")
                .message(Locale.ENGLISH))
                .isEqualTo("\"32A180\" is not a valid NAICS code.");
    }

    @Test
    void turnsDoubledApostrophesIntoOne() {
        assertThat(FieldViolation.of("legalName", "supplier.legalName.required").message(Locale.ENGLISH))
                .isEqualTo("Enter the supplier's legal name.");
    }

    @Test
    void formatsTheArgumentsInSimplifiedChinese() {
        FieldViolation violation = FieldViolation.of("country", "supplier.country.unknown", "XX");

        String chinese = violation.message(Locale.SIMPLIFIED_CHINESE);

        assertThat(chinese)
                .isNotEqualTo(violation.message(Locale.ENGLISH))
                .contains("XX")
                .isEqualTo("“XX”不是有效的 ISO 3166-1 二位国家代码。");
        assertThat(FieldViolation.of("legalName", "field.tooLong", 200).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("最多 200 个字符。");
    }

    /**
     * The API and {@link InvalidInputException} messages ask for English explicitly. That must not depend on the JVM's
     * default locale, for example a server in China running with {@code LANG=zh_CN.UTF-8}.
     */
    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsChinese() {
        Locale original = Locale.getDefault();
        ClassLoader loader = FieldViolation.class.getClassLoader();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache(loader);

            assertThat(FieldViolation.of("legalName", "field.tooLong", 200).message(Locale.ENGLISH))
                    .isEqualTo("At most 200 characters.");
        } finally {
            Locale.setDefault(original);
            ResourceBundle.clearCache(loader); // so that no other test sees a bundle looked up under this default
        }
    }

    @Test
    void keepsACopyOfItsArguments() {
        List<Object> arguments = new ArrayList<>(List.of(20));
        FieldViolation violation = new FieldViolation("contacts", "supplier.contacts.tooMany", arguments);

        arguments.set(0, 99);

        assertThat(violation.arguments()).containsExactly(20);
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("At most 20 contacts.");
    }

    @Test
    void invalidInputExceptionNeedsAtLeastOneViolation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidInputException(List.of()));
        assertThatCode(() -> InvalidInputException.throwIfAny(List.of())).doesNotThrowAnyException();
    }

    @Test
    void invalidInputExceptionExplainsEachFieldInEnglish() {
        InvalidInputException e = new InvalidInputException(List.of(
                FieldViolation.of("legalName", "field.tooLong", 200),
                FieldViolation.of("status", "field.required")));

        assertThat(e.violations()).hasSize(2);
        assertThat(e).hasMessage("legalName: At most 200 characters.; status: This field is required.");
    }

    @Test
    void everyEnglishKeyHasAChineseTranslationAndViceVersa() throws IOException {
        Properties english = load(BASE + ".properties");
        Properties chinese = load(BASE + "_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void translationsUseTheSamePlaceholdersAsTheEnglishText() throws IOException {
        Properties english = load(BASE + ".properties");
        Properties chinese = load(BASE + "_zh_CN.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key, "")))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(chinese.getProperty(key, "")).as("translation of %s", key).isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        }
    }

    @Test
    void everyMessageKeyUsedInTheBundleResolvesInBothLanguages() throws IOException {
        Properties english = load(BASE + ".properties");

        for (String key : english.stringPropertyNames()) {
            FieldViolation violation = FieldViolation.of("field", key, "a", "b");
            assertThat(violation.message(Locale.ENGLISH)).as(key).isNotBlank();
            assertThat(violation.message(Locale.SIMPLIFIED_CHINESE)).as(key).isNotBlank();
        }
    }

    @Test
    void everyPlaceholderIsFilledInBothLanguagesSoNoApostropheSwallowsOne() throws IOException {
        Properties english = load(BASE + ".properties");

        for (String key : english.stringPropertyNames()) {
            Object[] arguments = {"a0", "a1", "a2", "a3", "a4", "a5"};
            FieldViolation violation = FieldViolation.of("field", key, arguments);
            // an unpaired apostrophe quotes the rest of a MessageFormat pattern: its placeholders would show as {n}
            assertThat(violation.message(Locale.ENGLISH)).as(key).doesNotContain("{").doesNotContain("''");
            assertThat(violation.message(Locale.SIMPLIFIED_CHINESE)).as(key).doesNotContain("{");
        }
    }
}
