package org.supplieresg.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.supplieresg.reports.CatalogueWorkbook.Band;
import org.supplieresg.reports.CatalogueWorkbook.Content;
import org.supplieresg.reports.CatalogueWorkbook.Dimension;
import org.supplieresg.reports.CatalogueWorkbook.Indicator;
import org.supplieresg.reports.CatalogueWorkbook.Level;
import org.supplieresg.reports.CatalogueWorkbook.Reference;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.DimensionRule;
import org.supplieresg.scoring.IndicatorRule;
import org.supplieresg.scoring.ScoringModel;
import org.supplieresg.shared.FieldViolation;

/**
 * Whether imported catalogue content makes a sound catalogue version: everything the scoring model needs (unique
 * codes, weights adding up to 100 %, contiguous bands), plus what people need (every text in English and Chinese,
 * maturity levels 0-4 described, units on KPIs, references to known frameworks) and what the database holds (lengths).
 * Every problem is reported, not only the first, so that an admin fixes the workbook in one go.
 */
public final class CatalogueCheck {

    static final Set<String> FRAMEWORKS = Set.of("GRI", "ISO_14001", "ISO_45001", "ISO_50001", "ISO_14064", "ISO_14067",
            "ISO_9001", "ISO_37001", "ISO_27001", "RBA", "OECD_DDG", "GHG_PROTOCOL", "EU_BATTERY_REGULATION", "ESRS",
            "ILO", "UNGP", "SBTI", "IRMA", "RMI");
    private static final Pattern DIMENSION_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z]{3}-[0-9]{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<FieldViolation> found = new ArrayList<>();

    private CatalogueCheck() {
    }

    public static List<FieldViolation> violations(Content content) {
        CatalogueCheck check = new CatalogueCheck();
        check.version(content);
        check.dimensions(content.dimensions());
        content.indicators().forEach(check::indicator);
        check.scoring(content);
        return check.found;
    }

    private void version(Content content) {
        if (blank(content.label())) {
            found.add(FieldViolation.of("label", "catalogue.label.required"));
        } else {
            length("label", "label", content.label(), 120);
        }
        if (content.indicators().isEmpty()) {
            found.add(FieldViolation.of("indicators", "catalogue.empty"));
        }
    }

    private void dimensions(List<Dimension> dimensions) {
        Set<Integer> positions = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!DIMENSION_CODE.matcher(d.code()).matches()) {
                found.add(FieldViolation.of(d.code(), "catalogue.dimension.code", d.code()));
            }
            if (!positions.add(d.position())) {
                found.add(FieldViolation.of(d.code(), "catalogue.dimension.position", d.code(), d.position()));
            }
            translated(d.code(), "name", d.nameEn(), d.nameZh(), true);
            length(d.code(), "name_en", d.nameEn(), 120);
            length(d.code(), "name_zh", d.nameZh(), 120);
            if (d.weightPercent().signum() <= 0 || d.weightPercent().compareTo(HUNDRED) > 0 || d.weightPercent().scale() > 2) {
                found.add(FieldViolation.of(d.code(), "catalogue.dimension.weight", d.code(), d.weightPercent().toPlainString()));
            }
            if (d.maxNotApplicable() < 0) {
                found.add(FieldViolation.of(d.code(), "catalogue.dimension.maxNotApplicable", d.code()));
            }
        }
    }

    private void indicator(Indicator i) {
        String code = i.code();
        if (!INDICATOR_CODE.matcher(code).matches()) {
            found.add(FieldViolation.of(code, "catalogue.indicator.code", code));
        } else if (i.dimension() != null && !code.startsWith(i.dimension() + "-")) {
            found.add(FieldViolation.of(code, "catalogue.indicator.codePrefix", code, i.dimension()));
        }
        translated(code, "text", i.textEn(), i.textZh(), true);
        translated(code, "guidance", i.guidanceEn(), i.guidanceZh(), false);
        translated(code, "evidence", i.evidenceEn(), i.evidenceZh(), true);
        if (i.maxPoints().scale() > 2 || i.maxPoints().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            found.add(FieldViolation.of(code, "catalogue.indicator.pointsRange", code, i.maxPoints().toPlainString()));
        }
        AnswerType type = answerType(i);
        if (type == null) {
            found.add(FieldViolation.of(code, "catalogue.indicator.answerType", code, String.valueOf(i.answerType())));
            return;
        }
        boolean kpi = type == AnswerType.NUMERIC || type == AnswerType.CALCULATED;
        if (kpi == blank(i.unit())) {
            found.add(FieldViolation.of(code, "catalogue.indicator.unit", code));
        }
        length(code, "unit", i.unit(), 40);
        if (type == AnswerType.MATURITY) {
            List<Integer> levels = i.levels().stream().map(Level::level).sorted().toList();
            if (!levels.equals(List.of(0, 1, 2, 3, 4))) {
                found.add(FieldViolation.of(code, "catalogue.indicator.levels", code));
            }
            for (Level level : i.levels()) {
                translated(code, "level " + level.level(), level.descriptionEn(), level.descriptionZh(), true);
            }
        } else if (!i.levels().isEmpty()) {
            found.add(FieldViolation.of(code, "catalogue.indicator.levelsNotMaturity", code));
        }
        if (!kpi && !i.bands().isEmpty()) {
            found.add(FieldViolation.of(code, "catalogue.indicator.bandsNotKpi", code));
        }
        for (Band band : i.bands()) {
            if (band.pointsPercent().signum() < 0 || band.pointsPercent().compareTo(HUNDRED) > 0 || band.pointsPercent().scale() > 2) {
                found.add(FieldViolation.of(code, "catalogue.indicator.bandPercent", code, band.pointsPercent().toPlainString()));
            }
        }
        for (Reference reference : i.references()) {
            if (reference.framework() == null || !FRAMEWORKS.contains(reference.framework())) {
                found.add(FieldViolation.of(code, "catalogue.indicator.framework", code, String.valueOf(reference.framework())));
            }
            if (blank(reference.clause())) {
                found.add(FieldViolation.of(code, "catalogue.indicator.clause", code));
            } else {
                length(code, "clause", reference.clause(), 160);
            }
        }
    }

    /** What the scoring engine itself requires: weights, duplicates, dimensions that exist and are used, bands. */
    private void scoring(Content content) {
        List<DimensionRule> dimensions = content.dimensions().stream()
                .map(d -> new DimensionRule(d.code(), d.weightPercent(), d.maxNotApplicable())).toList();
        List<IndicatorRule> indicators = content.indicators().stream().filter(i -> answerType(i) != null)
                .map(i -> new IndicatorRule(i.code(), String.valueOf(i.dimension()), AnswerType.valueOf(i.answerType()),
                        i.maxPoints(), i.notApplicableAllowed(), i.redFlag(),
                        i.bands().stream().map(b -> new org.supplieresg.scoring.Band(b.lower(), b.upper(), b.pointsPercent())).toList()))
                .toList();
        found.addAll(ScoringModel.violations(dimensions, indicators));
    }

    private static AnswerType answerType(Indicator i) {
        try {
            return i.answerType() == null ? null : AnswerType.valueOf(i.answerType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void translated(String owner, String what, String english, String chinese, boolean required) {
        if (required && blank(english)) {
            found.add(FieldViolation.of(owner, "catalogue.translation.missing", owner, what + "_en"));
        }
        if ((required || !blank(english)) && blank(chinese)) {
            found.add(FieldViolation.of(owner, "catalogue.translation.missing", owner, what + "_zh"));
        }
        if (!required && blank(english) && !blank(chinese)) {
            found.add(FieldViolation.of(owner, "catalogue.translation.missing", owner, what + "_en"));
        }
    }

    private void length(String owner, String what, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(FieldViolation.of(owner, "catalogue.tooLong", owner, what, max));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
