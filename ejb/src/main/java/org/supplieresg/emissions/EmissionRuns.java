package org.supplieresg.emissions;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Calculation runs: one run recalculates a whole reporting year from the submitted inventories, the product
 * footprints and the purchases, with the current factor versions and the reporting GWP set, and stores every figure
 * with its lineage. All or nothing: a line that cannot be calculated stops the run with its reason and nothing is
 * stored. Earlier runs are kept (the last ten per year), so that a recalculation shows before and after.
 */
@Stateless
public class EmissionRuns {

    public record RunSummary(long id, int year, String gwpSet, String reason, String startedBy, String startedAt, int resultCount,
                             int figuresWritten, BigDecimal totalKgCo2e, Long previousRunId, BigDecimal previousTotalKgCo2e) {
    }

    /**
     * The SQL condition for the figures of run {@code runId} of {@code year}: created at or before it, not superseded
     * by it. Numbers only, so safe to inline.
     */
    static String asOf(String alias, int year, long runId) {
        return alias + "reporting_year = " + year + " AND " + alias + "run_id <= " + runId + " AND (" + alias + "superseded_run_id IS NULL OR "
                + alias + "superseded_run_id > " + runId + ")";
    }

    /** One figure before and after a recalculation. */
    public record Change(String line, String scope, BigDecimal beforeKg, BigDecimal afterKg, Long beforeFactorId, Long afterFactorId,
                         String beforeMethod, String afterMethod) {
    }

    public record Comparison(RunSummary before, RunSummary after, Map<String, BigDecimal[]> byScope, List<Change> changes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FactorLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<EmissionsCalculated> calculated;

    /** Calculates batches of lines while the connection streams the next ones; the tasks never touch the database. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, ADMIN})
    public RunSummary recompute(int year, String reason) {
        return run(year, reason == null || reason.isBlank() ? "recalculation" : reason.strip());
    }

    /** Runs on behalf of another service (an inventory submitted, a factor corrected). */
    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, ADMIN})
    public RunSummary recomputeAfter(int year, String reason) {
        return run(year, reason);
    }

    /** Years that have anything to calculate. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<Integer> years() {
        return ((List<Number>) em.createNativeQuery("SELECT reporting_year FROM emission_inventory WHERE status = 'SUBMITTED'"
                + " UNION SELECT reporting_year FROM purchase_line ORDER BY 1 DESC").getResultList()).stream().map(Number::intValue).toList();
    }

    /**
     * Makes {@code code} the reporting GWP set and recalculates every year, returning each year's comparison so that
     * the difference the switch makes is visible.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    public List<Comparison> switchGwpSet(String code) {
        if (code == null || em.createNativeQuery("SELECT 1 FROM gwp_set WHERE code = ?1").setParameter(1, code).getResultList().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("gwpSet", "emissions.gwp.unknown", String.valueOf(code)));
        }
        String was = (String) em.createNativeQuery("SELECT code FROM gwp_set WHERE reporting").getResultStream().findFirst().orElse(null);
        em.createNativeQuery("UPDATE gwp_set SET reporting = FALSE WHERE reporting").executeUpdate();
        em.createNativeQuery("UPDATE gwp_set SET reporting = TRUE WHERE code = ?1").setParameter(1, code).executeUpdate();
        auditTrail.updated(Auditable.of("ReportingGwpSet", "reporting", Map.of("gwpSet", code)), null,
                was == null ? Map.of() : Map.of("gwpSet", was));
        List<Comparison> comparisons = new ArrayList<>();
        for (int year : years()) {
            RunSummary run = run(year, "reporting GWP set switched from " + was + " to " + code);
            comparisons.add(compare(run.id()));
        }
        return comparisons;
    }

    @RolesAllowed({SUPPLIER, SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public java.util.Optional<RunSummary> latest(int year) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM emission_run WHERE reporting_year = ?1 AND finished_at IS NOT NULL"
                + " ORDER BY id DESC").setParameter(1, year).setMaxResults(1).getResultList()).stream().findFirst().map(id -> summary(id.longValue()));
    }

    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<RunSummary> history(int year) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM emission_run WHERE reporting_year = ?1 ORDER BY id DESC")
                .setParameter(1, year).getResultList()).stream().map(id -> summary(id.longValue())).toList();
    }

    /** Before and after: the run against the one before it, figure by figure, for the figures that changed. */
    @RolesAllowed({SUSTAINABILITY_OFFICER, PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public Comparison compare(long runId) {
        RunSummary after = summary(runId);
        RunSummary before = after.previousRunId() == null ? null : summary(after.previousRunId());
        Map<String, BigDecimal[]> byScope = new LinkedHashMap<>();
        String scopeKey = "perspective || ' scope ' || scope || COALESCE(' ' || scope2_basis, '') || COALESCE(' cat ' || scope3_category, '')";
        for (int side = 0; side < 2; side++) {
            RunSummary run = side == 0 ? before : after;
            if (run == null) {
                continue;
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT " + scopeKey + ", sum(kg_co2e) FROM emission_result WHERE "
                    + asOf("", run.year(), run.id()) + " GROUP BY 1 ORDER BY 1").getResultList()) {
                byScope.computeIfAbsent((String) r[0], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[side] = (BigDecimal) r[1];
            }
        }
        // What the run changed is what it created and what it superseded, matched figure by figure.
        String key = "COALESCE('activity ' || activity_line_id, 'purchase ' || purchase_line_id, 'inventory ' || inventory_id)";
        List<Change> changes = new ArrayList<>();
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(a.k, b.k), COALESCE(a.s, b.s), b.kg, a.kg, b.factor_id, a.factor_id, b.method, a.method FROM"
                + " (SELECT " + key + " k, " + scopeKey + " s, kg_co2e kg, factor_id, method FROM emission_result WHERE run_id = ?1) a FULL JOIN"
                + " (SELECT " + key + " k, " + scopeKey + " s, kg_co2e kg, factor_id, method FROM emission_result WHERE superseded_run_id = ?1) b"
                + " ON a.k = b.k AND a.s = b.s WHERE a.kg IS DISTINCT FROM b.kg OR a.factor_id IS DISTINCT FROM b.factor_id"
                + " OR a.method IS DISTINCT FROM b.method ORDER BY abs(COALESCE(a.kg, 0) - COALESCE(b.kg, 0)) DESC")
                .setParameter(1, runId).setMaxResults(500).getResultList();
        for (Object[] r : rows) {
            changes.add(new Change((String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3], r[4] == null ? null : ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7]));
        }
        return new Comparison(before, after, byScope, changes);
    }

    // ---- the run ----------------------------------------------------------------------------------------------------

    private RunSummary run(int year, String reason) {
        RunSummary previous = latest(year).orElse(null);
        YearCalculation.Outcome outcome;
        try {
            outcome = YearCalculation.run(em.unwrap(Connection.class), year, reason, actor(), clock.instant(), executor);
        } catch (SQLException e) {
            throw new IllegalStateException("calculation run for " + year + " failed: " + e.getMessage(), e);
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("year", String.valueOf(year));
        after.put("gwpSet", outcome.gwpSet());
        after.put("totalKgCo2e", outcome.totalKgCo2e().toPlainString());
        after.put("reason", reason);
        Map<String, String> before = previous == null ? Map.of() : Map.of("totalKgCo2e", previous.totalKgCo2e().toPlainString(),
                "gwpSet", previous.gwpSet(), "year", String.valueOf(year));
        auditTrail.updated(Auditable.of("EmissionTotals", String.valueOf(year), after), outcome.runId(), before);
        calculated.fire(new EmissionsCalculated(year, outcome.runId()));
        return summary(outcome.runId());
    }

    @SuppressWarnings("unchecked")
    private RunSummary summary(long runId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.reporting_year, r.gwp_set, r.reason, r.started_by, r.started_at, r.result_count,"
                + " r.figures_written, r.total_kg_co2e, p.id, p.total_kg_co2e FROM emission_run r LEFT JOIN LATERAL (SELECT id, total_kg_co2e FROM emission_run q"
                + " WHERE q.reporting_year = r.reporting_year AND q.id < r.id ORDER BY q.id DESC LIMIT 1) p ON TRUE WHERE r.id = ?1")
                .setParameter(1, runId).getResultList();
        if (rows.isEmpty()) {
            throw new org.supplieresg.shared.NotFoundException("calculation run", runId);
        }
        Object[] r = rows.get(0);
        return new RunSummary(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                Times.text(r[5]), r[6] == null ? 0 : ((Number) r[6]).intValue(), r[7] == null ? 0 : ((Number) r[7]).intValue(),
                (BigDecimal) r[8], r[9] == null ? null : ((Number) r[9]).longValue(), (BigDecimal) r[10]);
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
