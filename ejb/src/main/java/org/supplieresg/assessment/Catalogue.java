package org.supplieresg.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.supplieresg.scoring.ScoringModel;
import org.supplieresg.shared.NotFoundException;

/** Reads the catalogue: the version in force, its dimensions and indicators, and its scoring model. */
@Stateless
@PermitAll
public class Catalogue {

    private static final Map<Long, ScoringModel> MODELS = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The catalogue version in force. */
    public CatalogueVersion current() {
        return em.createNamedQuery(CatalogueVersion.PUBLISHED, CatalogueVersion.class).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("published catalogue version", "-"));
    }

    public List<DimensionView> dimensions() {
        return current().dimensions().stream().map(DimensionView::of).toList();
    }

    /** Every indicator of the version in force, in dimension and position order. */
    public List<IndicatorView> indicators() {
        CatalogueVersion version = current();
        return indicatorsOf(version).stream().map(i -> IndicatorView.of(version.versionNo(), i)).toList();
    }

    /**
     * The scoring rules of a version, checked to be consistent (weights add up to 100 %, bands contiguous). A version
     * never changes once stored (a change is a new version), so its model is built once and kept.
     */
    public ScoringModel scoringModel(CatalogueVersion version) {
        return MODELS.computeIfAbsent(version.id(), id -> {
            CatalogueVersion managed = em.find(CatalogueVersion.class, id); // the caller's copy may be detached
            List<Indicator> indicators = indicatorsOf(managed);
            return new ScoringModel(managed.dimensions().stream().map(Dimension::rule).toList(),
                    indicators.stream().map(Indicator::rule).toList())
                    .withCoreSubset(indicators.stream().filter(Indicator::core).map(Indicator::code).collect(java.util.stream.Collectors.toSet()));
        });
    }

    /** How answers to a version's questions score now: under the weights and points of the version in force. */
    public ScoringModel scoringModelNow(CatalogueVersion version) {
        return scoringModel(version).scoredBy(scoringModel(current()));
    }

    /**
     * The scoring model of every catalogue version, by its id, under the rules of the given version (the one in force,
     * or a draft being previewed), for rescoring.
     */
    public Map<Long, ScoringModel> scoringModelsById(CatalogueVersion rulesVersion) {
        ScoringModel rules = scoringModel(rulesVersion);
        Map<Long, ScoringModel> models = new HashMap<>();
        em.createQuery("SELECT c FROM CatalogueVersion c", CatalogueVersion.class).getResultStream()
                .filter(c -> !c.dimensions().isEmpty())
                .forEach(c -> models.put(c.id(), scoringModel(c).scoredBy(rules)));
        return models;
    }

    /** The indicators of a version with their levels, bands and references, in dimension and position order. */
    public List<Indicator> indicatorsOf(CatalogueVersion version) {
        return em.createQuery("SELECT i FROM Indicator i JOIN FETCH i.dimension d WHERE i.catalogueVersion = :version"
                        + " ORDER BY d.position, i.position", Indicator.class)
                .setParameter("version", version)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.levels")
                .setHint("eclipselink.batch", "i.bands")
                .setHint("eclipselink.batch", "i.references")
                .getResultList();
    }
}
