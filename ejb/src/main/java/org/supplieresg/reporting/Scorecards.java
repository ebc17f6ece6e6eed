package org.supplieresg.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.assessment.Assessment;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.assessment.IndicatorView;
import org.supplieresg.emissions.DataQuality;
import org.supplieresg.reports.SupplierScorecard;
import org.supplieresg.scoring.Score;
import org.supplieresg.scoring.ScoreCard;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * Gathers a supplier's scorecard: the stored score (total, tier, dimension scores and caps exactly as stored), the
 * indicator points behind it (the engine run again on the scored answers, as the score page explains them), red
 * flags, open findings with their corrective actions, the supplier's own emissions of its latest calculated year,
 * the trend of its earlier campaigns and what it takes to reach the next tier.
 */
@Stateless
public class Scorecards {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scores scores;

    @Inject
    Catalogue catalogue;

    /** Refuses a supplier that does not exist or was never scored, with the reason. */
    public void requireScored(long supplierId) {
        if (em.find(Supplier.class, supplierId) == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        if (scores.current(supplierId).isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("supplierId", "report.scorecard.notScored", String.valueOf(supplierId)));
        }
    }

    public SupplierScorecard of(long supplierId, Locale locale, String by, Instant now) {
        boolean zh = "zh".equals(locale.getLanguage());
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        Score score = scores.current(supplierId).orElseThrow(() -> new InvalidInputException(
                FieldViolation.of("supplierId", "report.scorecard.notScored", String.valueOf(supplierId))));
        ScoreCard card = scores.explain(supplierId).orElseThrow();
        Assessment assessment = em.find(Assessment.class, score.assessmentId());

        Map<String, DimensionView> dimensionViews = new LinkedHashMap<>();
        catalogue.dimensions().forEach(d -> dimensionViews.put(d.code(), d));
        Map<String, IndicatorView> indicators = new HashMap<>();
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));

        SupplierScorecard.TierPolicy policy = policy(score.policyVersion());
        List<SupplierScorecard.Cap> caps = TierAdvice.caps(score.caps());
        SupplierScorecard.Result result = new SupplierScorecard.Result(score.total(), score.scoreTier().name(), score.tier().name(),
                score.sourcingStatus().name(), policy, caps);

        List<SupplierScorecard.DimensionScore> dimensions = new ArrayList<>();
        for (Score.DimensionResult d : score.dimensions()) {
            DimensionView view = dimensionViews.get(d.dimensionCode());
            dimensions.add(new SupplierScorecard.DimensionScore(d.dimensionCode(), view == null ? d.dimensionCode() : zh ? view.nameZh() : view.nameEn(),
                    d.score(), view == null ? null : view.weightPercent()));
        }
        dimensions.sort(java.util.Comparator.comparing(d -> dimensionViews.containsKey(d.code()) ? dimensionViews.get(d.code()).position() : 99));

        List<SupplierScorecard.IndicatorNote> strengths = TierAdvice.strengths(card).stream().map(i -> note(i, indicators, zh)).toList();
        List<SupplierScorecard.IndicatorNote> gaps = TierAdvice.gains(card).stream().filter(g -> g.gain().signum() > 0)
                .filter(g -> g.indicator().failing() || g.indicator().earned().multiply(BigDecimal.valueOf(2)).compareTo(g.indicator().maxPoints()) < 0)
                .limit(TierAdvice.LISTED).map(g -> note(g.indicator(), indicators, zh)).toList();
        List<SupplierScorecard.RedFlag> redFlags = card.indicators().stream()
                .filter(i -> i.failing() && indicators.containsKey(i.code()) && indicators.get(i.code()).redFlag())
                .map(i -> new SupplierScorecard.RedFlag(i.code(), name(indicators.get(i.code()), zh),
                        caps.stream().anyMatch(c -> "RED_FLAG".equals(c.kind()) && i.code().equals(c.source()))))
                .toList();
        SupplierScorecard.NextTier nextTier = TierAdvice.next(score.tier().name(), score.total(), policy, caps, card)
                .map(n -> new SupplierScorecard.NextTier(n.tier(), n.pointsNeeded(), n.blockingCaps(),
                        n.actions().stream().map(i -> note(i, indicators, zh)).toList()))
                .orElse(null);

        return new SupplierScorecard(
                new SupplierScorecard.Company(supplierId, supplier.legalName(), supplier.localName(), supplier.country(),
                        supplier.spendCategory().name(), supplier.chainTier().name()),
                new SupplierScorecard.Period(assessment.campaign().name(), assessment.campaign().deadline(), score.catalogueVersion(),
                        score.policyVersion(), score.computedAt()),
                result, dimensions, strengths, gaps, redFlags, openFindings(supplierId), emissions(supplierId), trend(supplierId),
                nextTier, now, by);
    }

    private static SupplierScorecard.IndicatorNote note(ScoreCard.IndicatorScore i, Map<String, IndicatorView> indicators, boolean zh) {
        return new SupplierScorecard.IndicatorNote(i.code(), indicators.containsKey(i.code()) ? name(indicators.get(i.code()), zh) : i.code(),
                i.dimension(), i.earned(), i.maxPoints());
    }

    private static String name(IndicatorView view, boolean zh) {
        return zh ? view.textZh() : view.textEn();
    }

    private SupplierScorecard.TierPolicy policy(int version) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT version_no, a_minimum, b_minimum, c_minimum, dimension_floor_for_a"
                + " FROM tier_policy WHERE version_no = ?1").setParameter(1, version).getSingleResult();
        return new SupplierScorecard.TierPolicy(((Number) row[0]).intValue(), (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4]);
    }

    @SuppressWarnings("unchecked")
    private List<SupplierScorecard.OpenFinding> openFindings(long supplierId) {
        List<Object[]> rows = em.createNativeQuery("SELECT f.reference, f.indicator_code, f.severity, f.observation, c.status, c.due_date"
                + " FROM finding f LEFT JOIN corrective_action c ON c.finding_id = f.id WHERE f.supplier_id = ?1 AND f.status = 'OPEN'"
                + " ORDER BY CASE f.severity WHEN 'PRIORITY' THEN 0 WHEN 'MAJOR' THEN 1 ELSE 2 END, f.reference")
                .setParameter(1, supplierId).getResultList();
        return rows.stream().map(r -> new SupplierScorecard.OpenFinding((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                r[5] == null ? null : ((Date) r[5]).toLocalDate())).toList();
    }

    /** The supplier's own figures in the latest year that has any, as last calculated. */
    @SuppressWarnings("unchecked")
    private SupplierScorecard.EmissionsSummary emissions(long supplierId) {
        List<Object[]> rows = em.createNativeQuery("SELECT reporting_year, scope, scope2_basis, method, gwp_set, kg_co2e, dq_technology, dq_time,"
                + " dq_geography, dq_completeness, dq_reliability FROM emission_result WHERE perspective = 'SUPPLIER' AND supplier_id = ?1"
                + " AND superseded_run_id IS NULL AND reporting_year = (SELECT max(reporting_year) FROM emission_result"
                + " WHERE perspective = 'SUPPLIER' AND supplier_id = ?1 AND superseded_run_id IS NULL)")
                .setParameter(1, supplierId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        BigDecimal scope1 = BigDecimal.ZERO;
        BigDecimal location = BigDecimal.ZERO;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal inputs = BigDecimal.ZERO;
        java.util.TreeSet<String> methods = new java.util.TreeSet<>();
        List<DataQuality.Weighted> weighted = new ArrayList<>();
        for (Object[] r : rows) {
            int scope = ((Number) r[1]).intValue();
            BigDecimal kg = (BigDecimal) r[5];
            if (scope == 1) {
                scope1 = scope1.add(kg);
            } else if (scope == 2 && "LOCATION".equals(r[2])) {
                location = location.add(kg);
            } else if (scope == 2) {
                market = market.add(kg);
            } else {
                inputs = inputs.add(kg);
            }
            methods.add((String) r[3]);
            if (!(scope == 2 && "LOCATION".equals(r[2]))) { // location-based Scope 2 is not counted twice
                weighted.add(new DataQuality.Weighted(kg, new DataQuality(((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                        ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue())));
            }
        }
        DataQuality.Summary quality = DataQuality.emissionWeighted(weighted);
        return new SupplierScorecard.EmissionsSummary(((Number) rows.get(0)[0]).intValue(), scope1, location, market, inputs,
                quality == null ? null : quality.overall(), String.join(", ", methods), (String) rows.get(0)[4]);
    }

    /** The last score of each assessment, oldest first. */
    private List<SupplierScorecard.TrendPoint> trend(long supplierId) {
        Map<Long, Scores.HistoryEntry> lastOfAssessment = new LinkedHashMap<>();
        for (Scores.HistoryEntry entry : scores.history(supplierId)) {
            lastOfAssessment.remove(entry.assessmentId());
            lastOfAssessment.put(entry.assessmentId(), entry);
        }
        return lastOfAssessment.values().stream().map(e -> new SupplierScorecard.TrendPoint(e.campaign(),
                e.computedAt().atOffset(ZoneOffset.UTC).toLocalDate(), e.total(), e.tier())).toList();
    }

    static BigDecimal tonnes(BigDecimal kg) {
        return kg.movePointLeft(3).setScale(2, RoundingMode.HALF_EVEN);
    }
}
