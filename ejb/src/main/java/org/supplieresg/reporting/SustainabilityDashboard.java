package org.supplieresg.reporting;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.supplieresg.platform.RecentValue;

/**
 * The sustainability officer's dashboard. Emissions are the current figures of each year (superseded ones left out),
 * the latest year broken down exactly as {@link Disclosures} reports it; coverage counts active Tier-1 suppliers.
 * Shared between officers like the procurement dashboard ({@link RecentValue}), one value per language.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
public class SustainabilityDashboard {

    /** A questionnaire counts as screening for a year, the usual assessment cycle. */
    public static final int ASSESSED_MONTHS = 12;
    /** On-site audits follow a three-year cycle (RBA VAP and most buyer programmes audit at most every two to three years). */
    public static final int AUDIT_CYCLE_MONTHS = 36;
    static final int YEARS_SHOWN = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Disclosures disclosures;

    @Inject
    Clock clock;

    private final Map<Boolean, RecentValue<SustainabilityOverview>> recent = new java.util.concurrent.ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        recent.put(false, new RecentValue<>(Duration.ofSeconds(15), Duration.ofSeconds(1), clock));
        recent.put(true, new RecentValue<>(Duration.ofSeconds(15), Duration.ofSeconds(1), clock));
    }

    public SustainabilityOverview overview(boolean chinese) {
        return recent.get(chinese).get(this::fingerprint, () -> compute(chinese)).value();
    }

    private List<?> fingerprint() {
        return java.util.Arrays.asList((Object[]) em.createNativeQuery("SELECT (SELECT max(id) FROM audit_entry), (SELECT max(id) FROM emission_run),"
                + " (SELECT max(id) FROM score), (SELECT max(id) FROM audit)").getSingleResult());
    }

    @SuppressWarnings("unchecked")
    SustainabilityOverview compute(boolean chinese) {
        TreeMap<Integer, BigDecimal[]> years = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT reporting_year, scope, COALESCE(scope2_basis, ''), sum(kg_co2e)"
                + " FROM emission_result WHERE superseded_run_id IS NULL AND perspective = 'BUYER'"
                + " AND reporting_year IN (SELECT DISTINCT reporting_year FROM emission_run ORDER BY 1 DESC LIMIT " + YEARS_SHOWN + ")"
                + " GROUP BY 1, 2, 3").getResultList()) {
            BigDecimal[] sums = years.computeIfAbsent(((Number) r[0]).intValue(),
                    y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            int scope = ((Number) r[1]).intValue();
            int slot = scope == 1 ? 0 : scope == 3 ? 3 : "MARKET".equals(r[2]) ? 2 : 1;
            sums[slot] = sums[slot].add((BigDecimal) r[3]);
        }
        List<SustainabilityOverview.YearEmissions> trend = new ArrayList<>();
        years.forEach((year, s) -> trend.add(new SustainabilityOverview.YearEmissions(year, s[0], s[1], s[2], s[3])));
        Integer latestYear = ((List<Number>) em.createNativeQuery("SELECT reporting_year FROM emission_run ORDER BY reporting_year DESC LIMIT 1")
                .getResultList()).stream().map(Number::intValue).findFirst().orElse(null);

        java.time.OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String active = " FROM supplier s WHERE s.chain_tier = 'TIER_1' AND s.status = 'ACTIVE'";
        Object[] coverage = (Object[]) em.createNativeQuery("SELECT count(*),"
                        + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.supplier_id = s.id AND a.status = 'SUBMITTED'"
                        + "   AND a.submitted_at >= ?1)),"
                        + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supplier_standing st WHERE st.supplier_id = s.id)),"
                        + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit au WHERE au.supplier_id = s.id AND au.status = 'COMPLETED'"
                        + "   AND au.completed_at >= ?2))" + active)
                .setParameter(1, Timestamp.from(now.minusMonths(ASSESSED_MONTHS).toInstant()))
                .setParameter(2, Timestamp.from(now.minusMonths(AUDIT_CYCLE_MONTHS).toInstant()))
                .getSingleResult();
        return new SustainabilityOverview(clock.instant(), trend, latestYear == null ? null : disclosures.emissions(latestYear, chinese),
                new SustainabilityOverview.Coverage(((Number) coverage[0]).longValue(), ((Number) coverage[1]).longValue(),
                        ((Number) coverage[2]).longValue(), ((Number) coverage[3]).longValue()));
    }
}
