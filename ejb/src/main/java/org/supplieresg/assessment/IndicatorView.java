package org.supplieresg.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.scoring.AnswerType;

/** One indicator as the API and the pages show it, in both languages, with its plain-language help if it has any. */
public record IndicatorView(int catalogueVersion, String code, String dimension, String dimensionNameEn,
                            String dimensionNameZh, BigDecimal dimensionWeightPercent, int position, String textEn,
                            String textZh, String guidanceEn, String guidanceZh, String helpEn, String helpZh,
                            AnswerType answerType, String unit, String evidenceEn, String evidenceZh, BigDecimal maxPoints, boolean notApplicableAllowed,
                            boolean redFlag, boolean onsiteVerification, List<Level> levels, List<BandView> bands,
                            List<Reference> references) {

    /** A maturity level and what it means. */
    public record Level(int level, String descriptionEn, String descriptionZh) {
    }

    /** A KPI band: values from {@code lower} (inclusive) to {@code upper} (exclusive) earn {@code pointsPercent}. */
    public record BandView(BigDecimal lower, BigDecimal upper, BigDecimal pointsPercent) {
    }

    /** A clause of a standard. */
    public record Reference(String framework, String clause) {
    }

    static IndicatorView of(int catalogueVersion, Indicator i) {
        Dimension d = i.dimension();
        return new IndicatorView(catalogueVersion, i.code(), d.code(), d.nameEn(), d.nameZh(), d.weightPercent(),
                i.position(), i.textEn(), i.textZh(), i.guidanceEn(), i.guidanceZh(), i.helpEn(), i.helpZh(),
                i.answerType(), i.unit(),
                i.evidenceEn(), i.evidenceZh(), i.maxPoints(), i.notApplicableAllowed(), i.redFlag(),
                i.onsiteVerification(),
                i.levels().stream().map(l -> new Level(l.level(), l.descriptionEn(), l.descriptionZh())).toList(),
                i.bands().stream().map(b -> new BandView(b.lowerBound(), b.upperBound(), b.pointsPercent())).toList(),
                i.references().stream().map(r -> new Reference(r.framework(), r.clause())).toList());
    }
}
