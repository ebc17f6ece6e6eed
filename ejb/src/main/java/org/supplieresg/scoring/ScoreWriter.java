package org.supplieresg.scoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    /** The newest score of every supplier that has one; read-only, for services that checked their caller already. */
    @PermitAll
    public Map<Long, Score> latestScores() {
        return em.createQuery("SELECT s FROM Score s WHERE s.computedAt = (SELECT MAX(t.computedAt) FROM Score t WHERE t.supplierId = s.supplierId)", Score.class)
                .getResultStream().collect(Collectors.toMap(Score::supplierId, Function.identity(), (a, b) -> a.id() > b.id() ? a : b));
    }

    /** Stores the changed results, computed under the rules of catalogue version {@code rulesVersion}. */
    public void store(List<RescoringRun.Result> results, List<Rescoring.Change> changes, int rulesVersion) {
        Set<Long> changed = changes.stream().map(Rescoring.Change::supplierId).collect(Collectors.toSet());
        Map<Long, Score> before = latestScores();
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
            Score previous = before.get(result.supplierId());
            if (previous == null) {
                auditTrail.created(score, null);
            } else {
                auditTrail.updated(score, null, previous.auditSnapshot());
            }
        }
    }
}
