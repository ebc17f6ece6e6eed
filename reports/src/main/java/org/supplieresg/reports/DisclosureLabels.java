package org.supplieresg.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words and number formats of the sustainability disclosure, shared by {@link DisclosurePdf} and
 * {@link DisclosureWorkbook}: labels from {@code org/supplieresg/reports/disclosure*.properties} in English or
 * Simplified Chinese, and numbers as both formats show them (the same digits in both languages: 1,234.57, 42.9, ISO
 * dates). It remembers which keys were asked for, so a test can find labels that no writer uses.
 */
final class DisclosureLabels {

    static final String BUNDLE = "org.supplieresg.reports.disclosure";
    /** What a share prints as when there is nothing to share (the whole is zero): an en dash. */
    static final String NOT_APPLICABLE = "\u2013";

    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Set<String> used = new TreeSet<>();

    private DisclosureLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Simplified Chinese for any {@code zh} locale, English for every other. */
    static DisclosureLabels of(Locale language) {
        return new DisclosureLabels("zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** Every key of the bundle, to compare with {@link #used()}. */
    Set<String> keys() {
        return bundle.keySet();
    }

    /** The keys asked for so far. */
    Set<String> used() {
        return Collections.unmodifiableSet(used);
    }

    String get(String key) {
        used.add(key);
        return bundle.getString(key);
    }

    /** A MessageFormat pattern filled in; pass numbers that must not be grouped (years) as text. */
    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    String tier(String tier) {
        return "NONE".equals(tier) ? get("tier.NONE") : tier;
    }

    /** FINDING or RED_FLAG in words; any other source as given. */
    String source(String source) {
        return switch (source) {
            case "FINDING", "RED_FLAG" -> get("source." + source);
            default -> source;
        };
    }

    static String count(long count) {
        return decimal("#,##0").format(count);
    }

    /** A share in percent as printed: one decimal, half-up; an en dash when null. */
    static String percent(BigDecimal percent) {
        return percent == null ? NOT_APPLICABLE : shownPercent(percent).toPlainString();
    }

    /** The value a share shows: one decimal, half-up (Disclosure's shares already are). */
    static BigDecimal shownPercent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** Kilograms printed as tonnes with two decimals; an en dash when null. */
    static String tonnes(BigDecimal kg) {
        return kg == null ? NOT_APPLICABLE : decimal("#,##0.00").format(Disclosure.tonnes(kg));
    }

    /** An amount of money with two decimals; an en dash when null. */
    static String amount(BigDecimal amount) {
        return amount == null ? NOT_APPLICABLE : decimal("#,##0.00").format(amount);
    }

    /** The data-quality score as printed: two decimals, half-up. */
    static BigDecimal shownScore(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    static String score(BigDecimal score) {
        return score == null ? NOT_APPLICABLE : shownScore(score).toPlainString();
    }

    static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static String instant(Instant instant) {
        return GENERATED_AT.format(instant);
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
