package org.supplieresg.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supplieresg.evidence.EvidenceType;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** A training module's rules: titles, language, dimension, duration, and a link or material, exactly one of them. */
class TrainingModuleTest {

    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    static final Set<String> DIMENSIONS = Set.of("MGT", "CLI", "ENV", "CIR", "LAB", "HSE", "ETH", "MIN", "DAT");

    static TrainingModule.Details linked(String dimension, String language, String link) {
        return new TrainingModule.Details("GHG Protocol Corporate Standard", "温室气体核算体系企业标准", "Scopes 1 and 2.", null,
                "GHG Protocol", language, dimension, 90, link, null);
    }

    static List<String> messages(TrainingModule.Details details, TrainingMaterial material) {
        try {
            TrainingModule.create(details, DIMENSIONS, material, "admin", NOW);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ": " + v.message(Locale.ENGLISH)).toList();
        }
    }

    @Test
    void aLinkedModuleIsActiveWithItsLanguageTagInCanonicalForm() {
        TrainingModule module = TrainingModule.create(linked("CLI", "zh-cn", " https://ghgprotocol.org/corporate-standard "), DIMENSIONS,
                null, "admin", NOW);

        assertThat(module.active()).isTrue();
        assertThat(module.language()).isEqualTo("zh-CN");
        assertThat(module.link()).isEqualTo("https://ghgprotocol.org/corporate-standard");
        assertThat(module.hasMaterial()).isFalse();
        assertThat(module.descriptionZh()).isNull();
        assertThat(module.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("温室气体核算体系企业标准");
        assertThat(module.title(Locale.ENGLISH)).isEqualTo("GHG Protocol Corporate Standard");
        assertThat(module.auditSnapshot()).containsEntry("dimension", "CLI").containsEntry("active", "true");
    }

    @Test
    void onlyHttpsAddressesWithAHostAreLinks() {
        assertThat(TrainingModule.isHttpsAddress("https://www.iso.org/iso-14001-environmental-management.html")).isTrue();
        assertThat(TrainingModule.isHttpsAddress("HTTPS://eur-lex.europa.eu/eli/reg/2023/1542/oj")).isTrue();
        assertThat(TrainingModule.isHttpsAddress("http://www.iso.org/")).as("not encrypted").isFalse();
        assertThat(TrainingModule.isHttpsAddress("ftp://files.example.com/course.pdf")).isFalse();
        assertThat(TrainingModule.isHttpsAddress("javascript:alert(1)")).isFalse();
        assertThat(TrainingModule.isHttpsAddress("www.iso.org")).as("no scheme").isFalse();
        assertThat(TrainingModule.isHttpsAddress("https://localhost/course")).as("no domain").isFalse();
        assertThat(TrainingModule.isHttpsAddress("https://user:secret@academy.example.org/")).as("credentials").isFalse();
        assertThat(TrainingModule.isHttpsAddress("https://academy.example.org/a course")).as("a space").isFalse();
        assertThat(TrainingModule.isHttpsAddress("https:///path-only")).isFalse();
    }

    @Test
    void aBadLinkIsRefusedWithTheAddress() {
        assertThat(messages(linked("CLI", "en", "http://ghgprotocol.org/"), null))
                .containsExactly("link: “http://ghgprotocol.org/” is not a web address starting with https://.");
        assertThat(messages(linked("CLI", "en", "https://example.org/" + "x".repeat(500)), null))
                .containsExactly("link: At most 500 characters.");
    }

    @Test
    void theDimensionMustBeOneOfTheCatalogueInForce() {
        assertThat(messages(linked("XYZ", "en", "https://ghgprotocol.org/"), null))
                .containsExactly("dimension: “XYZ” is not a dimension of the catalogue in force.");
        assertThat(messages(linked("cli", "en", "https://ghgprotocol.org/"), null)).as("codes are capitals").hasSize(1);
        assertThat(messages(linked(" ", "en", "https://ghgprotocol.org/"), null)).containsExactly("dimension: This field is required.");
    }

    @Test
    void theLanguageIsABcp47TagOfAKnownLanguage() {
        assertThat(TrainingModule.isLanguageTag("en")).isTrue();
        assertThat(TrainingModule.isLanguageTag("zh-CN")).isTrue();
        assertThat(TrainingModule.isLanguageTag("zh-Hans-CN")).isTrue();
        assertThat(TrainingModule.isLanguageTag("pt-BR")).isTrue();
        assertThat(TrainingModule.isLanguageTag("english")).isFalse();
        assertThat(TrainingModule.isLanguageTag("xx")).as("no such language").isFalse();
        assertThat(TrainingModule.isLanguageTag("zh_CN")).as("an underscore is Java, not BCP 47").isFalse();
        assertThat(TrainingModule.isLanguageTag("en-" + "-abcdefgh".repeat(4).substring(1))).as("longer than the column").isFalse();
        assertThat(messages(linked("CLI", "english", "https://ghgprotocol.org/"), null))
                .containsExactly("language: “english” is not a language tag such as en or zh-CN.");
    }

    @Test
    void everyMissingOrWrongFieldIsNamedAtOnce() {
        TrainingModule.Details empty = new TrainingModule.Details(" ", null, null, "x".repeat(2001), null, null, null, 0, null, null);

        assertThat(messages(empty, null)).containsExactly(
                "titleEn: This field is required.",
                "titleZh: This field is required.",
                "descriptionZh: At most 2,000 characters.",
                "publisher: This field is required.",
                "language: This field is required.",
                "dimension: This field is required.",
                "durationMinutes: The duration is a whole number of minutes from 1 to 6000.",
                "link: Give a link (https://…) or upload the material.");
    }

    @Test
    void aModuleHasALinkOrMaterialNotBoth() {
        TrainingMaterial deck = TrainingMaterial.of("induction.pdf", EvidenceType.PDF, "%PDF-1.4 %%EOF".getBytes(), "admin", NOW);
        TrainingModule.Details both = new TrainingModule.Details("Induction", "入职培训", null, null, "Buyer", "en", "HSE", 30,
                "https://academy.example.org/", 1000L);
        TrainingModule.Details uploaded = new TrainingModule.Details("Induction", "入职培训", null, null, "Buyer", "en", "HSE", 30,
                null, 1000L);

        assertThat(messages(both, deck)).containsExactly("link: Give a link or upload material, not both.");
        assertThat(messages(uploaded, null)).as("the material named does not exist")
                .containsExactly("materialId: Material 1000 does not exist: upload it again.");
        TrainingModule module = TrainingModule.create(uploaded, DIMENSIONS, deck, "admin", NOW);
        assertThat(module.hasMaterial()).isTrue();
        assertThat(module.materialFileName()).isEqualTo("induction.pdf");
        assertThat(module.materialContentType()).isEqualTo("application/pdf");
        assertThat(module.materialSizeBytes()).isEqualTo(14L);
        assertThat(module.link()).isNull();
    }

    @Test
    void aRevisionIsCheckedLikeANewModuleAndDeactivationKeepsTheRest() {
        TrainingModule module = TrainingModule.create(linked("CLI", "en", "https://ghgprotocol.org/"), DIMENSIONS, null, "admin", NOW);

        assertThatThrownBy(() -> module.revise(linked("CLI", "en", "ghgprotocol.org"), true, DIMENSIONS, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(module.link()).as("nothing changed").isEqualTo("https://ghgprotocol.org/");

        module.revise(linked("DAT", "en", "https://thebatterypass.eu/"), false, DIMENSIONS, null);
        assertThat(module.dimensionCode()).isEqualTo("DAT");
        assertThat(module.active()).isFalse();
        module.revise(linked("DAT", "en", "https://thebatterypass.eu/"), true, DIMENSIONS, null);
        module.deactivate();
        assertThat(module.active()).isFalse();
        assertThat(module.link()).isEqualTo("https://thebatterypass.eu/");
    }

    @Test
    void theDurationMessageNamesTheLimitWithoutGrouping() {
        assertThat(FieldViolation.of("durationMinutes", "trainingModule.duration", "6000").message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("时长以分钟计，须为 1 至 6000 之间的整数。");
    }
}
