package org.supplieresg.procurement;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.platform.RecentValue;

/**
 * The procurement dashboard's figures, computed with a few aggregate queries over {@code supplier_standing} (the
 * current tier of every supplier, kept by the database) and shared for a few seconds between buyers: see
 * {@link RecentValue}. The fingerprint is the newest audit-trail entry (every change of a supplier, answer, submission
 * or score writes one) and the newest score, assessment, answer and supplier id: primary-key look-ups, so a change
 * shows at once and an unchanged base costs nothing. {@link #MAX_AGE} bounds what a change made outside the
 * application (SQL by hand) can leave stale; the fingerprint is read at most once per {@link #RECHECK}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({PROCUREMENT, ADMIN})
public class ProcurementDashboard {

    /** How far back "suppliers that changed tier" looks. */
    public static final int TIER_CHANGE_DAYS = 90;
    static final int LISTED = 10;
    static final Duration MAX_AGE = Duration.ofSeconds(15);
    /** How often the fingerprint is looked at: a change shows within a second. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    /** Active Tier-1 suppliers: the ones we buy from, as the supplier list's filters "Tier 1" and "Active" show them. */
    private static final String IN_SCOPE = "s.chain_tier = 'TIER_1' AND s.status = 'ACTIVE'";
    /** Annual spend in US dollars, at the newest annual average rate of its currency. */
    private static final String SPEND_USD = "CASE WHEN s.annual_spend_currency = 'USD' THEN s.annual_spend_amount"
            + " ELSE s.annual_spend_amount / (SELECT units_per_usd FROM exchange_rate_annual x WHERE x.currency = s.annual_spend_currency"
            + " ORDER BY x.year DESC LIMIT 1) END";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private RecentValue<ProcurementOverview> recent;

    @PostConstruct
    void init() {
        recent = new RecentValue<>(MAX_AGE, RECHECK, clock);
    }

    public ProcurementOverview overview() {
        return recent.get(this::fingerprint, this::compute).value();
    }

    private List<?> fingerprint() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT (SELECT max(id) FROM audit_entry), (SELECT max(id) FROM score),"
                + " (SELECT max(id) FROM assessment), (SELECT max(id) FROM answer), (SELECT max(id) FROM supplier)").getSingleResult();
        return java.util.Arrays.asList(row);
    }

    @SuppressWarnings("unchecked")
    ProcurementOverview compute() {
        Instant now = clock.instant();
        Map<String, Object[]> byTier = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT COALESCE(st.tier, '" + ProcurementOverview.NOT_SCORED + "'),"
                + " count(*), COALESCE(sum(" + SPEND_USD + "), 0) FROM supplier s LEFT JOIN supplier_standing st ON st.supplier_id = s.id"
                + " WHERE " + IN_SCOPE + " GROUP BY 1").getResultList()) {
            byTier.put(r[0].toString().strip(), r);
        }
        BigDecimal total = byTier.values().stream().map(r -> usd(r[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ProcurementOverview.TierShare> tiers = new ArrayList<>();
        for (String tier : List.of("A", "B", "C", "D", ProcurementOverview.NOT_SCORED)) {
            Object[] r = byTier.get(tier);
            BigDecimal spend = r == null ? BigDecimal.ZERO : usd(r[2]);
            tiers.add(new ProcurementOverview.TierShare(tier, r == null ? 0 : ((Number) r[1]).longValue(), spend, percent(spend, total)));
        }

        List<ProcurementOverview.CampaignProgress> campaigns = ((List<Object[]>) em.createNativeQuery("SELECT c.id, c.name, c.deadline,"
                + " count(a.id), count(a.id) FILTER (WHERE a.status = 'IN_PROGRESS' AND NOT EXISTS"
                + " (SELECT 1 FROM answer x WHERE x.assessment_id = a.id)),"
                + " count(a.id) FILTER (WHERE a.status = 'SUBMITTED')"
                + " FROM campaign c LEFT JOIN assessment a ON a.campaign_id = c.id WHERE c.status = 'OPEN'"
                + " GROUP BY c.id, c.name, c.deadline ORDER BY c.deadline, c.id").getResultList()).stream().map(r -> {
                    long invited = ((Number) r[3]).longValue();
                    long notStarted = ((Number) r[4]).longValue();
                    long submitted = ((Number) r[5]).longValue();
                    java.time.LocalDate deadline = ((Date) r[2]).toLocalDate();
                    return new ProcurementOverview.CampaignProgress(((Number) r[0]).longValue(), (String) r[1], deadline, invited,
                            notStarted, invited - notStarted - submitted, submitted, deadline.isBefore(java.time.LocalDate.now(clock)));
                }).toList();

        Timestamp since = Timestamp.from(now.minus(TIER_CHANGE_DAYS, ChronoUnit.DAYS));
        long changeCount = ((Number) em.createNativeQuery("SELECT count(*) FROM supplier_standing WHERE tier_changed_at >= ?1")
                .setParameter(1, since).getSingleResult()).longValue();
        List<ProcurementOverview.TierChange> changes = ((List<Object[]>) em.createNativeQuery("SELECT s.id, s.legal_name, s.local_name,"
                + " st.previous_tier, st.tier, st.tier_changed_at FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id"
                + " WHERE st.tier_changed_at >= ?1 ORDER BY st.tier_changed_at DESC, s.id LIMIT " + LISTED)
                .setParameter(1, since).getResultList()).stream()
                .map(r -> new ProcurementOverview.TierChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        r[3].toString().strip(), r[4].toString().strip(), ((Timestamp) r[5]).toInstant())).toList();

        String blocked = " FROM supplier s JOIN supplier_standing st ON st.supplier_id = s.id"
                + " WHERE st.sourcing_status = 'BLOCKED' AND s.annual_spend_amount > 0 AND " + IN_SCOPE;
        Object[] blockedTotals = (Object[]) em.createNativeQuery("SELECT count(*), COALESCE(sum(" + SPEND_USD + "), 0)" + blocked)
                .getSingleResult();
        List<ProcurementOverview.BlockedSpend> blockedList = ((List<Object[]>) em.createNativeQuery("SELECT s.id, s.legal_name,"
                + " s.local_name, s.country, s.annual_spend_amount, s.annual_spend_currency, " + SPEND_USD + blocked
                + " ORDER BY 7 DESC NULLS LAST, s.id LIMIT " + LISTED).getResultList()).stream()
                .map(r -> new ProcurementOverview.BlockedSpend(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        r[3].toString(), (BigDecimal) r[4], r[5].toString(), r[6] == null ? null : usd(r[6]))).toList();

        return new ProcurementOverview(now, tiers, total, campaigns, changes, changeCount, blockedList,
                ((Number) blockedTotals[0]).longValue(), usd(blockedTotals[1]));
    }

    private static BigDecimal usd(Object value) {
        return value == null ? BigDecimal.ZERO : ((BigDecimal) value).round(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
