package org.supplieresg.reporting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supplieresg.emissions.DataQuality;
import org.supplieresg.reports.Disclosure;

/**
 * Gathers the disclosure of a period from the database. Every rule is here and in docs/reports.md: which dimensions
 * are environmental (CLI, ENV, CIR) and social (LAB, HSE, MIN) criteria; a new supplier is one created in the period;
 * screened means a submitted self-assessment with answers on such criteria by the end of the period; assessed means
 * such an assessment submitted in the period or an on-site audit completed in it; a significant impact is a Major or
 * Priority finding of an audit completed in the period, or a confirmed red flag in the supplier's score at the end of
 * the period; improvements agreed means a corrective action plan submitted or verified; a relationship ended means
 * the supplier is inactive or blocked (tier D) at the end of the period. Emissions are the current figures of the
 * reporting year's latest calculation. Money is converted to US dollars at the annual rate of the reporting year
 * (else the latest year the currency has).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Disclosures {

    static final List<String> ENVIRONMENTAL = List.of("CLI", "ENV", "CIR");
    static final List<String> SOCIAL = List.of("LAB", "HSE", "MIN");
    static final List<String> TIERS = List.of("A", "B", "C", "D", "NONE");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "organisation.name", defaultValue = "Reporting company")
    String organisation;

    public Disclosure of(LocalDate from, LocalDate to, int year, Locale locale, String by, Progress progress) {
        boolean zh = "zh".equals(locale.getLanguage());
        Timestamp start = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        progress.report("screening", 1, 7);
        Disclosure.Screening screening = screening(start, end);
        progress.report("impacts", 2, 7);
        Disclosure.ImpactAssessment environmental = impacts(ENVIRONMENTAL, start, end, zh);
        Disclosure.ImpactAssessment social = impacts(SOCIAL, start, end, zh);
        progress.report("audits", 3, 7);
        Disclosure.AuditCoverage audits = audits(start, end);
        progress.report("emissions", 4, 7);
        Disclosure.Emissions emissions = emissions(year, zh);
        progress.report("tiers", 5, 7);
        List<Disclosure.TierShare> tiers = tiers(end, year);
        return new Disclosure(organisation, from, to, year, clock.instant(), by, screening, environmental, social, audits, emissions, tiers,
                contentIndex(emissions, year, zh));
    }

    private long count(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String dimensions(List<String> codes) {
        return "('" + String.join("', '", codes) + "')"; // constants, never user input
    }

    /** Suppliers created in the period, and those of them screened on each kind of criteria by its end. */
    private Disclosure.Screening screening(Timestamp start, Timestamp end) {
        String screened = "SELECT count(*) FROM supplier s WHERE s.created_at >= ?1 AND s.created_at < ?2 AND EXISTS (SELECT 1 FROM assessment a"
                + " JOIN answer x ON x.assessment_id = a.id JOIN indicator i ON i.id = x.indicator_id JOIN dimension d ON d.id = i.dimension_id"
                + " WHERE a.supplier_id = s.id AND a.status = 'SUBMITTED' AND a.submitted_at < ?2 AND d.code IN ";
        return new Disclosure.Screening(
                count("SELECT count(*) FROM supplier WHERE created_at >= ?1 AND created_at < ?2", start, end),
                count(screened + dimensions(ENVIRONMENTAL) + ")", start, end),
                count(screened + dimensions(SOCIAL) + ")", start, end));
    }

    /** The latest score of each supplier computed before the end of the period. */
    private static final String SCORE_AT_END = "(SELECT DISTINCT ON (supplier_id) supplier_id, tier, caps FROM score WHERE computed_at < ?2"
            + " ORDER BY supplier_id, computed_at DESC, id DESC)";

    @SuppressWarnings("unchecked")
    private Disclosure.ImpactAssessment impacts(List<String> codes, Timestamp start, Timestamp end, boolean zh) {
        String dims = dimensions(codes);
        String assessed = "SELECT a.supplier_id FROM assessment a JOIN answer x ON x.assessment_id = a.id JOIN indicator i ON i.id = x.indicator_id"
                + " JOIN dimension d ON d.id = i.dimension_id WHERE a.status = 'SUBMITTED' AND a.submitted_at >= ?1 AND a.submitted_at < ?2"
                + " AND d.code IN " + dims
                + " UNION SELECT au.supplier_id FROM audit au JOIN checklist_item ci ON ci.audit_id = au.id WHERE au.status = 'COMPLETED'"
                + " AND au.completed_at >= ?1 AND au.completed_at < ?2 AND split_part(ci.indicator_code, '-', 1) IN " + dims;
        // (indicator code, source, supplier) of each significant impact among the assessed
        String impacts = "SELECT f.indicator_code AS code, 'FINDING' AS source, f.supplier_id FROM finding f JOIN audit au ON au.id = f.audit_id"
                + " WHERE au.status = 'COMPLETED' AND au.completed_at >= ?1 AND au.completed_at < ?2 AND f.severity IN ('MAJOR', 'PRIORITY')"
                + " AND split_part(f.indicator_code, '-', 1) IN " + dims
                + " UNION SELECT split_part(flag, ':', 3), 'RED_FLAG', sc.supplier_id FROM " + SCORE_AT_END + " sc"
                + " CROSS JOIN LATERAL unnest(string_to_array(sc.caps, ';')) flag"
                + " WHERE flag LIKE 'RED_FLAG:%' AND split_part(split_part(flag, ':', 3), '-', 1) IN " + dims
                + " AND sc.supplier_id IN (" + assessed + ")";
        long assessedCount = count("SELECT count(*) FROM (" + assessed + ") x", start, end);
        List<Object[]> rows = em.createNativeQuery("SELECT m.code, m.source, count(DISTINCT m.supplier_id),"
                        + " (SELECT " + (zh ? "i.text_zh" : "i.text_en") + " FROM indicator i JOIN catalogue_version v ON v.id = i.catalogue_version_id"
                        + "  WHERE i.code = m.code ORDER BY v.version_no DESC LIMIT 1)"
                        + " FROM (" + impacts + ") m GROUP BY m.code, m.source ORDER BY count(DISTINCT m.supplier_id) DESC, m.code, m.source")
                .setParameter(1, start).setParameter(2, end).getResultList();
        List<Disclosure.Impact> list = rows.stream().map(r -> new Disclosure.Impact((String) r[0], r[3] == null ? (String) r[0] : (String) r[3],
                (String) r[1], ((Number) r[2]).longValue())).toList();
        String withImpacts = "SELECT DISTINCT supplier_id FROM (" + impacts + ") m";
        long withImpactsCount = count("SELECT count(*) FROM (" + withImpacts + ") w", start, end);
        long agreed = count("SELECT count(*) FROM (" + withImpacts + ") w WHERE EXISTS (SELECT 1 FROM finding f JOIN corrective_action c"
                + " ON c.finding_id = f.id WHERE f.supplier_id = w.supplier_id AND c.status IN ('SUBMITTED', 'VERIFIED')"
                + " AND split_part(f.indicator_code, '-', 1) IN " + dims + ")", start, end);
        long ended = count("SELECT count(*) FROM (" + withImpacts + ") w JOIN supplier s ON s.id = w.supplier_id LEFT JOIN " + SCORE_AT_END
                + " sc ON sc.supplier_id = w.supplier_id WHERE s.status = 'INACTIVE' OR sc.tier = 'D'", start, end);
        return new Disclosure.ImpactAssessment(assessedCount, withImpactsCount, list, agreed, ended);
    }

    private Disclosure.AuditCoverage audits(Timestamp start, Timestamp end) {
        String completed = " FROM audit au WHERE au.status = 'COMPLETED' AND au.completed_at >= ?1 AND au.completed_at < ?2";
        return new Disclosure.AuditCoverage(
                count("SELECT count(*) FROM supplier WHERE chain_tier = 'TIER_1' AND status <> 'INACTIVE' AND created_at < ?2", start, end),
                count("SELECT count(DISTINCT au.supplier_id)" + completed + " AND au.supplier_id IN (SELECT id FROM supplier WHERE chain_tier = 'TIER_1'"
                        + " AND status <> 'INACTIVE' AND created_at < ?2)", start, end),
                count("SELECT count(*)" + completed, start, end),
                count("SELECT count(*) FROM finding f WHERE f.audit_id IN (SELECT au.id" + completed + ")", start, end),
                count("SELECT count(*) FROM finding f WHERE f.severity IN ('MAJOR', 'PRIORITY') AND f.audit_id IN (SELECT au.id" + completed + ")",
                        start, end));
    }

    /** The reporting company's emissions of a year as its latest run left them, or null before any run; the dashboards show the same. */
    @SuppressWarnings("unchecked")
    public Disclosure.Emissions emissions(int year, boolean zh) {
        List<Object[]> run = em.createNativeQuery("SELECT id, gwp_set FROM emission_run WHERE reporting_year = ?1 ORDER BY id DESC LIMIT 1")
                .setParameter(1, year).getResultList();
        if (run.isEmpty()) {
            return null;
        }
        String current = " FROM emission_result WHERE reporting_year = " + year + " AND superseded_run_id IS NULL AND perspective = 'BUYER'";
        BigDecimal scope1 = sum("SELECT COALESCE(sum(kg_co2e), 0)" + current + " AND scope = 1");
        BigDecimal location = sum("SELECT COALESCE(sum(kg_co2e), 0)" + current + " AND scope = 2 AND scope2_basis = 'LOCATION'");
        BigDecimal market = sum("SELECT COALESCE(sum(kg_co2e), 0)" + current + " AND scope = 2 AND scope2_basis = 'MARKET'");
        BigDecimal scope3 = sum("SELECT COALESCE(sum(kg_co2e), 0)" + current + " AND scope = 3");
        List<Disclosure.Part> byCategory = parts("SELECT CAST(scope3_category AS VARCHAR), sum(kg_co2e), count(*)" + current
                + " AND scope = 3 GROUP BY scope3_category ORDER BY 2 DESC", key -> categoryLabel(key, zh));
        List<Disclosure.Part> byMethod = parts("SELECT method, sum(kg_co2e), count(*)" + current + " AND scope = 3 GROUP BY method ORDER BY 2 DESC",
                key -> label(METHODS, key, zh));
        List<Disclosure.Part> byQuality = parts("SELECT CASE WHEN q < 2 THEN '1-2' WHEN q < 3 THEN '2-3' WHEN q < 4 THEN '3-4' ELSE '4-5' END,"
                + " sum(kg_co2e), count(*) FROM (SELECT kg_co2e, (dq_technology + dq_time + dq_geography + dq_completeness + dq_reliability) / 5.0 AS q"
                + current + " AND scope = 3) x GROUP BY 1 ORDER BY 1", key -> label(QUALITY, key, zh));
        List<DataQuality.Weighted> weighted = ((List<Object[]>) em.createNativeQuery("SELECT kg_co2e, dq_technology, dq_time, dq_geography,"
                + " dq_completeness, dq_reliability" + current + " AND scope = 3").getResultList()).stream()
                .map(r -> new DataQuality.Weighted((BigDecimal) r[0], new DataQuality(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()))).toList();
        DataQuality.Summary quality = DataQuality.emissionWeighted(weighted);
        BigDecimal primary = sum("SELECT COALESCE(sum(kg_co2e), 0)" + current + " AND scope = 3 AND primary_data");
        return new Disclosure.Emissions(year, (String) run.get(0)[1], ((Number) run.get(0)[0]).longValue(), scope1, location, market, scope3,
                byCategory, byMethod, byQuality, quality == null ? null : quality.overall(), primary);
    }

    private BigDecimal sum(String sql) {
        return (BigDecimal) em.createNativeQuery(sql).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Disclosure.Part> parts(String sql, java.util.function.UnaryOperator<String> label) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Disclosure.Part((String) r[0], label.apply((String) r[0]), (BigDecimal) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private static final Map<String, String[]> CATEGORIES = Map.ofEntries(
            Map.entry("1", new String[] {"Purchased goods and services", "外购商品和服务"}),
            Map.entry("2", new String[] {"Capital goods", "资本货物"}),
            Map.entry("3", new String[] {"Fuel- and energy-related activities", "燃料和能源相关活动"}),
            Map.entry("4", new String[] {"Upstream transportation and distribution", "上游运输和配送"}));

    /** GHG Protocol Scope 3 methods, as the Technical Guidance names them. */
    private static final Map<String, String[]> METHODS = Map.of(
            "SUPPLIER_SPECIFIC", new String[] {"Supplier-specific (product footprints)", "供应商特定法（产品碳足迹）"},
            "HYBRID", new String[] {"Hybrid (suppliers' allocated Scope 1 and 2 plus upstream)", "混合法（供应商分摊的范围一、二及上游）"},
            "AVERAGE_DATA", new String[] {"Average-data (mass or units × cradle-to-gate factor)", "平均数据法（质量或数量 × 摇篮到大门因子）"},
            "SPEND_BASED", new String[] {"Spend-based (spend × EEIO factor)", "支出法（支出 × 投入产出因子）"},
            "DISTANCE_BASED", new String[] {"Distance-based (tonne-km × mode factor)", "距离法（吨公里 × 运输方式因子）"},
            "FUEL_AND_ENERGY_UPSTREAM", new String[] {"Upstream of fuel and electricity (WTT, T&D)", "燃料和电力的上游（开采至油箱、输配损耗）"});

    /** Bands of the mean of a figure's five data-quality scores (1 best, 5 worst). */
    private static final Map<String, String[]> QUALITY = Map.of(
            "1-2", new String[] {"Very good", "很好"}, "2-3", new String[] {"Good", "好"},
            "3-4", new String[] {"Fair", "一般"}, "4-5", new String[] {"Poor", "差"});

    private static String label(Map<String, String[]> names, String key, boolean zh) {
        String[] name = names.get(key);
        return name == null ? key : name[zh ? 1 : 0];
    }

    private static String categoryLabel(String key, boolean zh) {
        String[] names = CATEGORIES.get(key);
        return names == null ? (zh ? "类别 " : "Category ") + key : names[zh ? 1 : 0];
    }

    /** Spend (master data) and purchases of the reporting year (purchase lines) by the tier at the end of the period. */
    @SuppressWarnings("unchecked")
    private List<Disclosure.TierShare> tiers(Timestamp end, int year) {
        String fx = "(SELECT units_per_usd FROM exchange_rate_annual WHERE currency = %s ORDER BY (year = " + year + ") DESC, year DESC LIMIT 1)";
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(sc.tier, 'NONE'), count(*),"
                        + " sum(CASE WHEN s.annual_spend_currency = 'USD' THEN s.annual_spend_amount ELSE s.annual_spend_amount / "
                        + String.format(fx, "s.annual_spend_currency") + " END),"
                        + " sum((SELECT sum(CASE WHEN p.spend_currency = 'USD' THEN p.spend_amount ELSE p.spend_amount / " + String.format(fx, "p.spend_currency")
                        + " END) FROM purchase_line p WHERE p.supplier_id = s.id AND p.reporting_year = " + year + " AND p.spend_amount IS NOT NULL))"
                        + " FROM supplier s LEFT JOIN " + SCORE_AT_END + " sc ON sc.supplier_id = s.id WHERE s.created_at < ?2"
                        + " GROUP BY 1")
                .setParameter(2, end).getResultList();
        Map<String, Object[]> byTier = new LinkedHashMap<>();
        rows.forEach(r -> byTier.put((String) r[0], r));
        BigDecimal spendTotal = BigDecimal.ZERO;
        BigDecimal purchasedTotal = BigDecimal.ZERO;
        for (Object[] r : rows) {
            spendTotal = spendTotal.add(usd(r[2]));
            purchasedTotal = purchasedTotal.add(usd(r[3]));
        }
        List<Disclosure.TierShare> shares = new ArrayList<>();
        for (String tier : TIERS) {
            Object[] r = byTier.get(tier);
            long suppliers = r == null ? 0 : ((Number) r[1]).longValue();
            BigDecimal spend = r == null ? BigDecimal.ZERO : usd(r[2]);
            BigDecimal purchased = r == null ? BigDecimal.ZERO : usd(r[3]);
            shares.add(new Disclosure.TierShare(tier, suppliers, spend, Disclosure.percent(spend, spendTotal), purchased,
                    Disclosure.percent(purchased, purchasedTotal)));
        }
        return shares;
    }

    private static BigDecimal usd(Object value) {
        return value == null ? BigDecimal.ZERO : ((BigDecimal) value).round(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static List<Disclosure.IndexEntry> contentIndex(Disclosure.Emissions emissions, int year, boolean zh) {
        String noEmissions = emissions != null ? null : zh ? year + " 年尚无排放计算" : "no emissions calculated for " + year;
        List<Disclosure.IndexEntry> index = new ArrayList<>();
        index.add(new Disclosure.IndexEntry("GRI", "308-1", zh ? "使用环境标准筛选的新供应商" : "New suppliers that were screened using environmental criteria", "2", null));
        index.add(new Disclosure.IndexEntry("GRI", "414-1", zh ? "使用社会标准筛选的新供应商" : "New suppliers that were screened using social criteria", "2", null));
        index.add(new Disclosure.IndexEntry("GRI", "308-2", zh ? "供应链的负面环境影响及采取的行动" : "Negative environmental impacts in the supply chain and actions taken", "3", null));
        index.add(new Disclosure.IndexEntry("GRI", "414-2", zh ? "供应链的负面社会影响及采取的行动" : "Negative social impacts in the supply chain and actions taken", "3", null));
        index.add(new Disclosure.IndexEntry("GRI", "305-1/2/3", zh ? "直接、能源间接及其他间接温室气体排放" : "Direct, energy indirect and other indirect GHG emissions", "5", noEmissions));
        index.add(new Disclosure.IndexEntry("ESRS", "E1-6", zh ? "范围一、二、三及温室气体排放总量" : "Gross Scopes 1, 2, 3 and total GHG emissions", "5", noEmissions));
        index.add(new Disclosure.IndexEntry("ESRS", "S2", zh ? "价值链中的工人（供应商审核与纠正措施）" : "Workers in the value chain (supplier audits and corrective actions)", "3, 4",
                zh ? "仅涵盖供应商评估、审核与纠正措施" : "covers supplier assessments, audits and corrective actions only"));
        index.add(new Disclosure.IndexEntry("ESRS", "G1-2", zh ? "供应商关系管理" : "Management of relationships with suppliers", "2, 6", null));
        return index;
    }
}
