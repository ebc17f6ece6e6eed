package org.supplieresg.shared;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCodes {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /**
     * Spellings the JDK's English names do not cover: the ISO 3166 short names that the RMI templates and lists use
     * (their hidden country sheet writes "KOREA, REPUBLIC OF", "VIET NAM", "CONGO, DEMOCRATIC REPUBLIC OF THE") and a
     * few everyday ones.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("BOLIVIA (PLURINATIONAL STATE OF)", "BO"), Map.entry("BONAIRE, SINT EUSTATIUS AND SABA", "BQ"),
            Map.entry("BRUNEI DARUSSALAM", "BN"), Map.entry("CABO VERDE", "CV"), Map.entry("CONGO", "CG"),
            Map.entry("CONGO, DEMOCRATIC REPUBLIC OF THE", "CD"), Map.entry("CONGO, THE DEMOCRATIC REPUBLIC OF THE", "CD"),
            Map.entry("DEMOCRATIC REPUBLIC OF THE CONGO", "CD"), Map.entry("CZECH REPUBLIC", "CZ"),
            Map.entry("FALKLAND ISLANDS (MALVINAS)", "FK"), Map.entry("HEARD ISLAND AND MCDONALD ISLANDS", "HM"),
            Map.entry("HOLY SEE", "VA"), Map.entry("HONG KONG", "HK"), Map.entry("IRAN (ISLAMIC REPUBLIC OF)", "IR"),
            Map.entry("KOREA (DEMOCRATIC PEOPLE'S REPUBLIC OF)", "KP"), Map.entry("KOREA, REPUBLIC OF", "KR"),
            Map.entry("REPUBLIC OF KOREA", "KR"), Map.entry("LAO PEOPLE'S DEMOCRATIC REPUBLIC", "LA"), Map.entry("MACAO", "MO"),
            Map.entry("MICRONESIA (FEDERATED STATES OF)", "FM"), Map.entry("MOLDOVA, REPUBLIC OF", "MD"), Map.entry("MYANMAR", "MM"),
            Map.entry("PALESTINE, STATE OF", "PS"), Map.entry("PITCAIRN", "PN"), Map.entry("RUSSIAN FEDERATION", "RU"),
            Map.entry("SAINT HELENA, ASCENSION AND TRISTAN DA CUNHA", "SH"), Map.entry("SAINT MARTIN (FRENCH PART)", "MF"),
            Map.entry("SAINT VINCENT AND THE GRENADINES", "VC"), Map.entry("SINT MAARTEN (DUTCH PART)", "SX"),
            Map.entry("SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS", "GS"), Map.entry("SWAZILAND", "SZ"),
            Map.entry("SYRIAN ARAB REPUBLIC", "SY"), Map.entry("TAIWAN, PROVINCE OF CHINA", "TW"),
            Map.entry("TANZANIA, UNITED REPUBLIC OF", "TZ"), Map.entry("TÜRKIYE", "TR"),
            Map.entry("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GB"), Map.entry("UK", "GB"),
            Map.entry("UNITED STATES MINOR OUTLYING ISLANDS", "UM"), Map.entry("UNITED STATES OF AMERICA", "US"), Map.entry("USA", "US"),
            Map.entry("VENEZUELA (BOLIVARIAN REPUBLIC OF)", "VE"), Map.entry("VIET NAM", "VN"), Map.entry("VIRGIN ISLANDS (BRITISH)", "VG"),
            Map.entry("VIRGIN ISLANDS (U.S.)", "VI"));

    private static final Map<String, String> BY_NAME = byName();

    private CountryCodes() {
    }

    /**
     * The code of a country given by its English name in any case ("CHINA", "Korea, Republic of", "United States Of
     * America") or by its code ("CN"); empty when the text names no country (such as "Unknown").
     */
    public static Optional<String> ofName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String code = name.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    private static Map<String, String> byName() {
        Map<String, String> byName = new HashMap<>();
        for (String code : CODES) {
            byName.put(key(displayName(code, Locale.ENGLISH)), code);
        }
        ALIASES.forEach((alias, code) -> byName.put(key(alias), code));
        return Map.copyOf(byName);
    }

    /** A name without accents, case, punctuation or the JDK's short forms: "St. Kitts & Nevis" is "SAINT KITTS AND NEVIS". */
    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return (" " + plain.replace("&", " AND ").replaceAll("[^A-Z0-9]+", " ") + " ").replace(" ST ", " SAINT ").strip();
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static Set<String> all() {
        return CODES;
    }

    /** The country's name in the given language, for example "Congo (DRC)" or "刚果（金）" for CD. */
    public static String displayName(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }
}
