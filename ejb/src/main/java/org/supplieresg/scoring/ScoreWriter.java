package org.supplieresg.scoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.Role;

/** Stores rescoring results in one transaction, with an audit entry for each supplier whose result changed. */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class ScoreWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * The newest score of every supplier that has one, headline only; read-only, for services that checked their
     * caller already. One indexed pass, no entities: this runs over the whole supplier base.
     */
    @PermitAll
    @SuppressWarnings("unchecked")
    public Map<Long, CurrentScore> latestScores() {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (supplier_id) supplier_id, assessment_id, total, tier,"
                + " sourcing_status, caps, catalogue_version, rules_version, policy_version FROM score"
                + " ORDER BY supplier_id, computed_at DESC, id DESC").getResultList();
        Map<Long, CurrentScore> scores = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            long supplier = ((Number) r[0]).longValue();
            scores.put(supplier, new CurrentScore(supplier, ((Number) r[1]).longValue(), (BigDecimal) r[2],
                    Tier.valueOf(r[3].toString().strip()), SourcingStatus.valueOf((String) r[4]), (String) r[5],
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue()));
        }
        return scores;
    }

    /** Stores the changed results, computed under the rules of catalogue version {@code rulesVersion}. */
    public void store(List<RescoringRun.Result> results, List<Rescoring.Change> changes, int rulesVersion) {
        Set<Long> changed = changes.stream().map(Rescoring.Change::supplierId).collect(Collectors.toSet());
        Map<Long, CurrentScore> before = latestScores();
        String by = currentUser.username().orElse(AuditTrail.SYSTEM);
        Map<Long, Integer> versionNumbers = em.createQuery("SELECT c.id, c.versionNo FROM CatalogueVersion c", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Integer) r[1]));
        for (RescoringRun.Result result : results) {
            if (!changed.contains(result.supplierId())) {
                continue;
            }
            Score score = new Score(result.assessmentId(), result.supplierId(), versionNumbers.get(result.catalogueVersionId()),
                    rulesVersion, result.card(), by, clock.instant());
            em.persist(score);
            CurrentScore previous = before.get(result.supplierId());
            if (previous == null) {
                auditTrail.created(score, null);
            } else {
                auditTrail.updated(score, null, previous.auditSnapshot());
            }
        }
    }
}
