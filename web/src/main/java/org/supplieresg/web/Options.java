package org.supplieresg.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.supplieresg.identity.Role;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierStatus;

/** The choices of drop-downs, with country names in the viewer's language, and date formats per locale. */
@Named
@ApplicationScoped
public class Options {

    /** A country code and its name. */
    public record Country(String code, String name) {
    }

    public List<Country> countries(Locale locale) {
        return CountryCodes.all().stream().map(code -> new Country(code, CountryCodes.displayName(code, locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(Country::name)).toList();
    }

    public String countryName(String code, Locale locale) {
        return code == null ? "" : CountryCodes.displayName(code, locale);
    }

    /** A moment in UTC, formatted for the viewer's language. */
    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
    }

    /** A moment written as ISO-8601 text (as JSON views carry it), formatted like {@link #dateTime}; other text as it is. */
    public String moment(Object moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        try {
            return dateTime(moment instanceof Instant i ? i : Instant.parse(moment.toString()), locale);
        } catch (java.time.format.DateTimeParseException e) {
            return moment.toString();
        }
    }

    /** A whole amount with the reader's grouping, e.g. 27,600,000 or 27.600.000. */
    public String amount(java.math.BigDecimal amount, Locale locale) {
        return amount == null ? "" : java.text.NumberFormat.getIntegerInstance(locale).format(amount);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
    }

    /** A number with one decimal and the reader's grouping, e.g. 12,345.6 (blank when unknown). */
    public String decimal(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /**
     * A calendar day, formatted for the viewer's language (e.g. "March 31, 2026" or "2026年3月31日"); takes a LocalDate
     * or its ISO text (as some views carry it). Anything else is shown as it is.
     */
    public String day(Object day, Locale locale) {
        if (day == null) {
            return "";
        }
        try {
            java.time.LocalDate date = day instanceof java.time.LocalDate d ? d : java.time.LocalDate.parse(day.toString());
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        } catch (java.time.format.DateTimeParseException e) {
            return day.toString();
        }
    }

    public List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    public SpendCategory[] spendCategories() {
        return SpendCategory.values();
    }

    public ChainTier[] chainTiers() {
        return ChainTier.values();
    }

    public SupplierStatus[] statuses() {
        return SupplierStatus.values();
    }

    public IndustryScheme[] industrySchemes() {
        return IndustryScheme.values();
    }

    public Role[] roles() {
        return Role.values();
    }
}
