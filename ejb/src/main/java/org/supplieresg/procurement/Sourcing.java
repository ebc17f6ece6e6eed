package org.supplieresg.procurement;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.supplieresg.scoring.CurrentScore;
import org.supplieresg.scoring.ScoreWriter;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.supplier.SupplierStatus;

/** Links assessment results to buying: order-allocation proposals and spend by tier. */
@Stateless
@RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER})
public class Sourcing {

    /** Annual spend with Tier-1 suppliers of one tier ("not assessed" when null), in one currency. */
    public record SpendByTier(String tier, String currency, BigDecimal annualSpend, long suppliers) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoreWriter scores;

    /** Proposes shares of a category's demand among its active Tier-1 suppliers; see {@link AllocationPlanner}. */
    public AllocationPlanner.Plan allocation(SpendCategory category, BigDecimal demand, String unit,
                                             BigDecimal minSharePercent, BigDecimal maxSharePercent) {
        List<FieldViolation> violations = new ArrayList<>();
        if (category == null) {
            violations.add(FieldViolation.of("category", "field.required"));
        }
        if (demand == null || demand.signum() <= 0) {
            violations.add(FieldViolation.of("demand", "allocation.demand.positive"));
        }
        if (minSharePercent.signum() < 0 || maxSharePercent.compareTo(BigDecimal.valueOf(100)) > 0
                || minSharePercent.compareTo(maxSharePercent) > 0 || maxSharePercent.signum() <= 0) {
            violations.add(FieldViolation.of("maxShare", "allocation.shares.order"));
        }
        InvalidInputException.throwIfAny(violations);
        List<Supplier> suppliers = em.createQuery("SELECT s FROM Supplier s WHERE s.spendCategory = :c AND s.chainTier = :t"
                        + " AND s.status = :active ORDER BY s.legalName", Supplier.class)
                .setParameter("c", category).setParameter("t", ChainTier.TIER_1).setParameter("active", SupplierStatus.ACTIVE)
                .getResultList();
        Map<Long, CurrentScore> scores = latestScores();
        List<AllocationPlanner.Candidate> candidates = suppliers.stream().map(s -> {
            CurrentScore score = scores.get(s.id());
            return new AllocationPlanner.Candidate(s.id(), s.legalName(), score == null ? null : score.tier(),
                    score == null ? null : score.total());
        }).toList();
        return AllocationPlanner.plan(demand, unit == null || unit.isBlank() ? "units" : unit.strip(), minSharePercent,
                maxSharePercent, candidates);
    }

    /** Annual spend with active Tier-1 suppliers by their current tier and currency (no conversion between currencies). */
    public List<SpendByTier> spendByTier() {
        Map<Long, CurrentScore> scores = latestScores();
        Map<String, SpendByTier> rows = new TreeMap<>();
        for (Supplier s : em.createQuery("SELECT s FROM Supplier s WHERE s.chainTier = :t AND s.status <> :inactive", Supplier.class)
                .setParameter("t", ChainTier.TIER_1).setParameter("inactive", SupplierStatus.INACTIVE).getResultList()) {
            CurrentScore score = scores.get(s.id());
            String tier = score == null ? "NOT_ASSESSED" : score.tier().name();
            String key = tier + "/" + s.annualSpend().currency();
            SpendByTier previous = rows.get(key);
            rows.put(key, new SpendByTier(tier, s.annualSpend().currency(),
                    (previous == null ? BigDecimal.ZERO : previous.annualSpend()).add(s.annualSpend().amount()),
                    (previous == null ? 0 : previous.suppliers()) + 1));
        }
        return List.copyOf(rows.values());
    }

    private Map<Long, CurrentScore> latestScores() {
        return scores.latestScores();
    }
}
