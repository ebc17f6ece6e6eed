package org.supplieresg.scoring;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.CatalogueVersion;
import org.supplieresg.assessment.CatalogueVersions;
import org.supplieresg.platform.Database;
import org.supplieresg.procurement.Tier;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.procurement.TierPolicy;

/**
 * Rescores every supplier's latest submitted assessment, after a change of policy, weights or reviewers' decisions:
 * first as a preview that lists whose total or tier would change, then for real. A preview against a candidate policy
 * shows what publishing it would do before anyone publishes it.
 */
@Stateless
@RolesAllowed({PROCUREMENT, ADMIN})
public class Rescoring {

    /** One supplier whose result would change: before (null if never scored) and after. */
    public record Change(long supplierId, String supplierName, long assessmentId, BigDecimal totalBefore, Tier tierBefore,
                         BigDecimal totalAfter, Tier tierAfter, List<ScoreCard.Cap> capsAfter) {
        public boolean tierChanged() {
            return tierBefore != tierAfter;
        }
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Catalogue catalogue;

    @Inject
    TierPolicies policies;

    @Inject
    ScoreWriter writer;

    @Inject
    CatalogueVersions catalogueVersions;

    @PersistenceContext
    EntityManager em;

    /** What rescoring everyone now would change, tier changes first. Stores nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Change> preview() {
        return changes(run(policies.current(), catalogue.current()));
    }

    /** What a candidate tier policy would change if it were published. Stores nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Change> preview(TierPolicy candidate) {
        return changes(run(candidate, catalogue.current()));
    }

    /** What publishing a draft catalogue version (new weights, points or indicators) would change. Stores nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Change> previewCatalogue(int draftVersionNo) {
        return changes(run(policies.current(), catalogueVersions.draft(draftVersionNo)));
    }

    /** Publishes a draft catalogue version (admin), then rescores everyone under its rules; returns what changed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(ADMIN)
    public List<Change> publishCatalogue(int draftVersionNo) {
        catalogueVersions.publish(draftVersionNo);
        return apply();
    }

    /** Publishes a new tier policy (admin), then rescores everyone under it; returns what changed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(ADMIN)
    public List<Change> publishPolicy(TierPolicy thresholds, String note) {
        policies.publish(thresholds, note);
        return apply();
    }

    /** Rescores everyone and stores a new score for each supplier whose result changed; returns those changes. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Change> apply() {
        CatalogueVersion rules = catalogue.current();
        List<RescoringRun.Result> results = run(policies.current(), rules);
        List<Change> changes = changes(results);
        writer.store(results, changes, rules.versionNo());
        return changes;
    }

    private List<RescoringRun.Result> run(TierPolicy policy, CatalogueVersion rules) {
        Map<Long, ScoringModel> models = catalogue.scoringModelsById(rules);
        List<RescoringRun.Result> results = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            RescoringRun.run(connection, models, policy, results::add);
        } catch (SQLException e) {
            throw new IllegalStateException("rescoring failed: " + e.getMessage(), e);
        }
        return results;
    }

    private List<Change> changes(List<RescoringRun.Result> results) {
        Map<Long, CurrentScore> current = writer.latestScores();
        Map<Long, String> names = em.createQuery("SELECT s.id, s.legalName FROM Supplier s", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Change> changes = new ArrayList<>();
        for (RescoringRun.Result result : results) {
            CurrentScore before = current.get(result.supplierId());
            ScoreCard after = result.card();
            if (before == null || before.total().compareTo(after.total()) != 0 || before.tier() != after.tier()
                    || !Objects.equals(before.caps(), Score.capsText(after))) {
                changes.add(new Change(result.supplierId(), names.get(result.supplierId()), result.assessmentId(), before == null ? null : before.total(),
                        before == null ? null : before.tier(), after.total(), after.tier(), after.caps()));
            }
        }
        changes.sort(Comparator.comparing(Change::tierChanged).reversed().thenComparing(Change::supplierId));
        return changes;
    }
}
