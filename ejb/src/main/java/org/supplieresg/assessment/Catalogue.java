package org.supplieresg.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.scoring.ScoringModel;
import org.supplieresg.shared.NotFoundException;

/** Reads the catalogue: the version in force, its dimensions and indicators, and its scoring model. */
@Stateless
@PermitAll
public class Catalogue {

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

    /** The scoring rules of a version, checked to be consistent (weights add up to 100 %, bands contiguous). */
    public ScoringModel scoringModel(CatalogueVersion version) {
        return new ScoringModel(version.dimensions().stream().map(Dimension::rule).toList(),
                indicatorsOf(version).stream().map(Indicator::rule).toList());
    }

    /** The scoring model of every catalogue version, by its id, for rescoring. */
    public Map<Long, ScoringModel> scoringModelsById() {
        Map<Long, ScoringModel> models = new HashMap<>();
        em.createQuery("SELECT c FROM CatalogueVersion c", CatalogueVersion.class).getResultStream()
                .filter(c -> !c.dimensions().isEmpty())
                .forEach(c -> models.put(c.id(), scoringModel(c)));
        return models;
    }

    private List<Indicator> indicatorsOf(CatalogueVersion version) {
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
