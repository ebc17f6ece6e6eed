package org.supplieresg.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An editable policy a small supplier can adopt as its own, in English and Simplified Chinese, with the standard it
 * follows and the catalogue dimensions it helps with. The basic ones are what every company needs first; the others
 * matter once a score shows their dimension to be weak. The texts are in {@code policy-templates/<name>_<en|zh>.txt}:
 * {@code # title}, {@code > note}, {@code ## heading}, {@code - item}, other lines paragraphs; {@code [words]} in
 * brackets are placeholders.
 */
public enum PolicyTemplate {

    CODE_OF_CONDUCT("RBA Code of Conduct 8.0", Set.of("LAB", "ETH", "MGT"), true),
    ENVIRONMENTAL("ISO 14001:2015 5.2", Set.of("ENV", "CIR", "MGT"), true),
    HEALTH_AND_SAFETY("ISO 45001:2018 5.2", Set.of("HSE"), true),
    ANTI_BRIBERY("ISO 37001:2016 5.2", Set.of("ETH"), true),
    RESPONSIBLE_MINERALS("OECD Due Diligence Guidance, Annex II", Set.of("MIN"), false),
    ENERGY("ISO 50001:2018 5.2", Set.of("CLI", "ENV"), false);

    private final String standard;
    private final Set<String> dimensions;
    private final boolean basic;

    PolicyTemplate(String standard, Set<String> dimensions, boolean basic) {
        this.standard = standard;
        this.dimensions = dimensions;
        this.basic = basic;
    }

    /** The standard or clause the template follows, as people cite it. */
    public String standard() {
        return standard;
    }

    /** The codes of the catalogue dimensions whose indicators the policy helps to answer. */
    public Set<String> dimensions() {
        return dimensions;
    }

    /** Whether every company should have it, scored or not. */
    public boolean basic() {
        return basic;
    }

    /** Chinese for a Chinese reader, English for everyone else. */
    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The template's text in the reader's language, line by line. */
    public List<String> lines(Locale locale) {
        String resource = "policy-templates/" + name().toLowerCase(Locale.ROOT) + (chinese(locale) ? "_zh" : "_en") + ".txt";
        try (InputStream in = PolicyTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
