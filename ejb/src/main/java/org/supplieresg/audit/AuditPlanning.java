package org.supplieresg.audit;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.scoring.CurrentScore;
import org.supplieresg.scoring.ScoreWriter;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.SpendCategory;

/**
 * Risk-based audit planning: the ranking of every active supplier (see {@link AuditRisk}), the annual plan a planner
 * builds from it, audit coverage, and the risk tables behind the ranking, which admins change (audited).
 */
@Stateless
public class AuditPlanning {

    /** Suppliers at or above this risk are proposed for the plan. */
    public static final BigDecimal PROPOSE_FROM = BigDecimal.valueOf(50);

    public record PlanRow(long entryId, long supplierId, String supplierName, String country, String spendCategory,
                          BigDecimal riskScore, String reasons, boolean included, Integer quarter, String note, long version) {
    }

    public record Plan(int year, String status, String createdBy, String acceptedBy, List<PlanRow> rows) {
        public long included() {
            return rows.stream().filter(PlanRow::included).count();
        }
    }

    /** Audit coverage over the last {@code months}: Tier-1 suppliers and Tier-1 spend (USD, indicative rates) audited. */
    public record Coverage(int months, long tier1Suppliers, long tier1Audited, BigDecimal supplierShare, BigDecimal tier1SpendUsd,
                           BigDecimal auditedSpendUsd, BigDecimal spendShare, long auditsCompleted) {
    }

    public record RiskEntry(String key, int risk, String reason, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    ScoreWriter scoreWriter;

    @Inject
    Clock clock;

    /** Every active supplier, highest risk first, with the reasons. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public List<AuditRisk.Ranked> ranking() {
        return AuditRisk.rank(facts(), tables(), today());
    }

    /**
     * The plan of a year; proposed from the ranking when it does not exist yet (suppliers at or above
     * {@link #PROPOSE_FROM} included, the rest listed but left out).
     */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public Plan plan(int year) {
        if (year < today().getYear() - 1 || year > today().getYear() + 1) {
            throw new InvalidInputException(FieldViolation.of("year", "auditPlan.year", String.valueOf(year)));
        }
        if (em.createNativeQuery("SELECT 1 FROM audit_plan WHERE plan_year = ?1").setParameter(1, year).getResultList().isEmpty()) {
            em.createNativeQuery("INSERT INTO audit_plan (plan_year, status, created_by, created_at) VALUES (?1, 'DRAFT', ?2, ?3)")
                    .setParameter(1, year).setParameter(2, actor()).setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            for (AuditRisk.Ranked ranked : ranking()) {
                AuditPlanEntry entry = new AuditPlanEntry(year, ranked, ranked.score().compareTo(PROPOSE_FROM) >= 0);
                em.persist(entry);
            }
            em.flush();
        }
        return view(year);
    }

    /** The plan of a year if it was made. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public java.util.Optional<Plan> find(int year) {
        boolean exists = !em.createNativeQuery("SELECT 1 FROM audit_plan WHERE plan_year = ?1").setParameter(1, year).getResultList().isEmpty();
        return exists ? java.util.Optional.of(view(year)) : java.util.Optional.empty();
    }

    /** The planner edits one line of a draft plan. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public PlanRow edit(long entryId, boolean included, Integer quarter, String note, long expectedVersion) {
        AuditPlanEntry entry = em.find(AuditPlanEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("plan entry", entryId);
        }
        requireDraft(entry.year());
        if (entry.version() != expectedVersion) {
            throw new ConcurrentChangeException("Plan entry " + entryId, expectedVersion, entry.version(),
                    auditTrail.changesSince(entry.auditType(), entry.auditId(), expectedVersion));
        }
        Map<String, String> before = entry.auditSnapshot();
        entry.edit(included, quarter, note);
        em.flush();
        auditTrail.updated(entry, entry.version(), before);
        return view(entry.year()).rows().stream().filter(r -> r.entryId() == entryId).findFirst().orElseThrow();
    }

    /** Accepts the draft as the year's plan. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public Plan accept(int year) {
        requireDraft(year);
        em.createNativeQuery("UPDATE audit_plan SET status = 'ACCEPTED', accepted_by = ?1, accepted_at = ?2, version = version + 1"
                        + " WHERE plan_year = ?3")
                .setParameter(1, actor()).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, year).executeUpdate();
        auditTrail.updated(planRecord(year, "ACCEPTED"), null, planRecord(year, "DRAFT").auditSnapshot());
        return view(year);
    }

    private void requireDraft(int year) {
        List<?> status = em.createNativeQuery("SELECT status FROM audit_plan WHERE plan_year = ?1").setParameter(1, year).getResultList();
        if (status.isEmpty()) {
            throw new NotFoundException("audit plan", year);
        }
        if (!"DRAFT".equals(status.get(0))) {
            throw new InvalidInputException(FieldViolation.of("status", "auditPlan.accepted", String.valueOf(year)));
        }
    }

    private static Auditable planRecord(int year, String status) {
        return new Auditable() {
            @Override
            public String auditType() {
                return "AuditPlan";
            }

            @Override
            public String auditId() {
                return String.valueOf(year);
            }

            @Override
            public Map<String, String> auditSnapshot() {
                return Map.of("status", status);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private Plan view(int year) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT status, created_by, accepted_by FROM audit_plan WHERE plan_year = ?1")
                .setParameter(1, year).getSingleResult();
        Map<Long, Object[]> suppliers = new HashMap<>();
        for (Object[] s : (List<Object[]>) em.createNativeQuery("SELECT s.id, s.legal_name, s.country, s.spend_category FROM supplier s"
                + " JOIN audit_plan_entry e ON e.supplier_id = s.id WHERE e.plan_year = ?1").setParameter(1, year).getResultList()) {
            suppliers.put(((Number) s[0]).longValue(), s);
        }
        List<PlanRow> rows = em.createQuery("SELECT e FROM AuditPlanEntry e WHERE e.year = :y ORDER BY e.riskScore DESC, e.supplierId",
                        AuditPlanEntry.class).setParameter("y", year).getResultStream()
                .map(e -> {
                    Object[] s = suppliers.get(e.supplierId());
                    return new PlanRow(e.id(), e.supplierId(), (String) s[1], (String) s[2], (String) s[3], e.riskScore(), e.reasons(),
                            e.included(), e.quarter(), e.note(), e.version());
                }).toList();
        return new Plan(year, (String) head[0], (String) head[1], (String) head[2], rows);
    }

    /** Audit coverage: the share of active Tier-1 suppliers, and of their spend, with an audit completed in the last months. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    @SuppressWarnings("unchecked")
    public Coverage coverage(int months) {
        if (months < 1 || months > 120) {
            throw new InvalidInputException(FieldViolation.of("months", "auditPlan.months"));
        }
        Timestamp since = Timestamp.from(today().minusMonths(months).atStartOfDay().toInstant(ZoneOffset.UTC));
        Set<Long> audited = new HashSet<>();
        ((List<Number>) em.createNativeQuery("SELECT DISTINCT supplier_id FROM audit WHERE status = 'COMPLETED' AND completed_at >= ?1")
                .setParameter(1, since).getResultList()).forEach(n -> audited.add(n.longValue()));
        Map<String, BigDecimal> rates = rates();
        long tier1 = 0;
        long tier1Audited = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal auditedSpend = BigDecimal.ZERO;
        for (Object[] s : (List<Object[]>) em.createNativeQuery("SELECT id, annual_spend_amount, annual_spend_currency FROM supplier"
                + " WHERE chain_tier = 'TIER_1' AND status = 'ACTIVE'").getResultList()) {
            tier1++;
            BigDecimal usd = usd((BigDecimal) s[1], (String) s[2], rates);
            boolean covered = audited.contains(((Number) s[0]).longValue());
            tier1Audited += covered ? 1 : 0;
            if (usd != null) {
                spend = spend.add(usd);
                auditedSpend = covered ? auditedSpend.add(usd) : auditedSpend;
            }
        }
        long completed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit WHERE status = 'COMPLETED' AND completed_at >= ?1")
                .setParameter(1, since).getSingleResult()).longValue();
        return new Coverage(months, tier1, tier1Audited, percent(BigDecimal.valueOf(tier1Audited), BigDecimal.valueOf(tier1)),
                spend.setScale(0, RoundingMode.HALF_UP), auditedSpend.setScale(0, RoundingMode.HALF_UP), percent(auditedSpend, spend), completed);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1) : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** The risk tables: "country", "commodity" or "chain" (keys "CD/COBALT"). */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    @SuppressWarnings("unchecked")
    public List<RiskEntry> riskTable(String table) {
        String sql = switch (table) {
            case "country" -> "SELECT country, risk, reason, version FROM country_risk ORDER BY country";
            case "commodity" -> "SELECT spend_category, risk, reason, version FROM commodity_risk ORDER BY spend_category";
            case "chain" -> "SELECT country || '/' || spend_category, risk, reason, version FROM chain_risk ORDER BY 1";
            default -> throw new NotFoundException("risk table", table);
        };
        return ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream()
                .map(r -> new RiskEntry(((String) r[0]).strip(), ((Number) r[1]).intValue(), (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** Sets one risk (admin), creating the row if needed; audited with before and after. */
    @RolesAllowed(ADMIN)
    public RiskEntry setRisk(String table, String key, int risk, String reason) {
        List<FieldViolation> problems = new ArrayList<>();
        if (risk < 1 || risk > 5) {
            problems.add(FieldViolation.of("risk", "auditPlan.risk"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(FieldViolation.of("reason", "field.required"));
        }
        String[] parts = key == null ? new String[0] : key.split("/");
        boolean countryOk = table.equals("commodity") || (parts.length > 0 && CountryCodes.isValid(parts[0]));
        boolean categoryOk = table.equals("country") || isCategory(parts[parts.length == 0 ? 0 : parts.length - 1]);
        if (!countryOk || !categoryOk || (table.equals("chain") && parts.length != 2) || (!table.equals("chain") && parts.length != 1)) {
            problems.add(FieldViolation.of("key", "auditPlan.riskKey", String.valueOf(key), table));
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, String> before = riskTable(table).stream().filter(e -> e.key().equals(key)).findFirst()
                .map(e -> riskSnapshot(e.risk(), e.reason())).orElse(Map.of());
        String sql = switch (table) {
            case "country" -> "INSERT INTO country_risk (country, risk, reason) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT (country) DO UPDATE SET risk = EXCLUDED.risk, reason = EXCLUDED.reason, version = country_risk.version + 1";
            case "commodity" -> "INSERT INTO commodity_risk (spend_category, risk, reason) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT (spend_category) DO UPDATE SET risk = EXCLUDED.risk, reason = EXCLUDED.reason, version = commodity_risk.version + 1";
            default -> "INSERT INTO chain_risk (country, spend_category, risk, reason) VALUES (?1, ?4, ?2, ?3)"
                    + " ON CONFLICT (country, spend_category) DO UPDATE SET risk = EXCLUDED.risk, reason = EXCLUDED.reason, version = chain_risk.version + 1";
        };
        var query = em.createNativeQuery(sql).setParameter(1, parts[0]).setParameter(2, risk).setParameter(3, reason.strip());
        if (table.equals("chain")) {
            query.setParameter(4, parts[1]);
        }
        query.executeUpdate();
        Map<String, String> after = riskSnapshot(risk, reason.strip());
        auditTrail.updated(new Auditable() {
            @Override
            public String auditType() {
                return "Risk:" + table;
            }

            @Override
            public String auditId() {
                return key;
            }

            @Override
            public Map<String, String> auditSnapshot() {
                return after;
            }
        }, null, before);
        return riskTable(table).stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean isCategory(String value) {
        try {
            SpendCategory.valueOf(value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static Map<String, String> riskSnapshot(int risk, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("risk", String.valueOf(risk));
        fields.put("reason", reason);
        return fields;
    }

    @SuppressWarnings("unchecked")
    private List<AuditRisk.Facts> facts() {
        LocalDate today = today();
        Map<Long, CurrentScore> scores = scoreWriter.latestScores();
        Map<Long, LocalDate> lastAudit = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT supplier_id, MAX(completed_at) FROM audit"
                + " WHERE status = 'COMPLETED' GROUP BY supplier_id").getResultList()) {
            lastAudit.put(((Number) row[0]).longValue(), ((Timestamp) row[1]).toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        Set<Long> shared = new HashSet<>();
        ((List<Number>) em.createNativeQuery("SELECT DISTINCT supplier_id FROM shared_result WHERE scheme IN ('RBA_VAP', 'SMETA')"
                + " AND valid_to >= ?1").setParameter(1, Date.valueOf(today)).getResultList()).forEach(n -> shared.add(n.longValue()));
        Map<String, BigDecimal> rates = rates();
        List<AuditRisk.Facts> facts = new ArrayList<>();
        for (Object[] s : (List<Object[]>) em.createNativeQuery("SELECT id, legal_name, country, spend_category, annual_spend_amount,"
                + " annual_spend_currency FROM supplier WHERE status = 'ACTIVE'").getResultList()) {
            long id = ((Number) s[0]).longValue();
            CurrentScore score = scores.get(id);
            facts.add(new AuditRisk.Facts(id, (String) s[1], (String) s[2], (String) s[3], usd((BigDecimal) s[4], (String) s[5], rates),
                    score == null ? null : score.tier().name(), score != null && score.caps() != null && score.caps().contains("RED_FLAG"),
                    lastAudit.get(id), shared.contains(id)));
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private AuditRisk.Tables tables() {
        Map<String, Integer> country = new HashMap<>();
        Map<String, Integer> commodity = new HashMap<>();
        Map<String, Integer> chain = new HashMap<>();
        riskTable("country").forEach(e -> country.put(e.key(), e.risk()));
        riskTable("commodity").forEach(e -> commodity.put(e.key(), e.risk()));
        riskTable("chain").forEach(e -> chain.put(e.key(), e.risk()));
        return new AuditRisk.Tables(country, commodity, chain);
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> rates() {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT currency, usd_per_unit FROM currency_rate").getResultList()) {
            rates.put(((String) r[0]).strip(), (BigDecimal) r[1]);
        }
        return rates;
    }

    private static BigDecimal usd(BigDecimal amount, String currency, Map<String, BigDecimal> rates) {
        BigDecimal rate = rates.get(currency == null ? null : currency.strip());
        return rate == null ? null : amount.multiply(rate);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
