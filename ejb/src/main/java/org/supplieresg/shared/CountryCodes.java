package org.supplieresg.shared;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCodes {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private CountryCodes() {
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
