package org.supplieresg.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * What a report is asked for: a scorecard names a supplier; a disclosure a period and the reporting year of its
 * emissions; the portfolio optionally the year of its Scope 3 figures. Its canonical text is what the job stores and
 * what tells two requests for the same report apart.
 *
 * @param language en or zh
 */
public record ReportRequest(ReportKind kind, Long supplierId, LocalDate from, LocalDate to, Integer year, String language) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** Checks the request and returns it with the language normalised; every problem is reported at once. */
    public static ReportRequest of(ReportKind kind, Long supplierId, LocalDate from, LocalDate to, Integer year, String language) {
        List<FieldViolation> problems = new ArrayList<>();
        if (kind == null) {
            InvalidInputException.throwIfAny(List.of(FieldViolation.of("kind", "report.kind.required")));
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("en") && !lang.equals("zh")) {
            problems.add(FieldViolation.of("language", "report.language.unknown", language));
        }
        switch (kind) {
            case SCORECARD -> {
                if (supplierId == null) {
                    problems.add(FieldViolation.of("supplierId", "report.supplier.required"));
                }
                from = null;
                to = null;
                year = null;
            }
            case PORTFOLIO -> {
                supplierId = null;
                from = null;
                to = null;
                checkYear(year, problems);
            }
            case DISCLOSURE_PDF, DISCLOSURE_XLSX -> {
                supplierId = null;
                if (from == null) {
                    problems.add(FieldViolation.of("from", "report.period.required"));
                }
                if (to == null) {
                    problems.add(FieldViolation.of("to", "report.period.required"));
                }
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(FieldViolation.of("to", "report.period.backwards", from, to));
                }
                if (year == null && to != null) {
                    year = to.getYear();
                }
                checkYear(year, problems);
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new ReportRequest(kind, supplierId, from, to, year, lang);
    }

    private static void checkYear(Integer year, List<FieldViolation> problems) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            problems.add(FieldViolation.of("year", "report.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
    }

    /** "supplier=12", "year=2025", "from=2025-01-01;to=2025-12-31;year=2025" or "" (fixed order, no spaces). */
    public String canonical() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("supplier", supplierId);
        parts.put("from", from);
        parts.put("to", to);
        parts.put("year", year);
        StringBuilder text = new StringBuilder();
        parts.forEach((name, value) -> {
            if (value != null) {
                text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }

    /** The request a job stored, read back from its canonical text (to run it again). */
    public static ReportRequest parse(ReportKind kind, String canonical, String language) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : canonical.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            return of(kind, parts.containsKey("supplier") ? Long.valueOf(parts.get("supplier")) : null,
                    parts.containsKey("from") ? LocalDate.parse(parts.get("from")) : null,
                    parts.containsKey("to") ? LocalDate.parse(parts.get("to")) : null,
                    parts.containsKey("year") ? Integer.valueOf(parts.get("year")) : null, language);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalStateException("stored report parameters are unreadable: " + canonical, e);
        }
    }

    public Locale locale() {
        return "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The name the file is downloaded as, e.g. scorecard-supplier-12-en.pdf. */
    public String fileName() {
        String base = switch (kind) {
            case SCORECARD -> "scorecard-supplier-" + supplierId;
            case PORTFOLIO -> "portfolio" + (year == null ? "" : "-" + year);
            case DISCLOSURE_PDF, DISCLOSURE_XLSX -> "disclosure-" + from + "-to-" + to;
        };
        return base + "-" + language + "." + kind.extension();
    }
}
