package org.supplieresg.scoring;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supplieresg.assessment.Answer;
import org.supplieresg.assessment.Assessment;
import org.supplieresg.assessment.AssessmentStatus;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * Runs the engine on an assessment and keeps the result, and answers "what is this supplier's score, tier and sourcing
 * status now". A change of total, tier or caps is written to the supplier's audit trail.
 */
@Stateless
public class Scores {

    /** One stored score in a supplier's history, with the change from the one before. */
    public record HistoryEntry(Instant computedAt, long assessmentId, String campaign, BigDecimal total, BigDecimal change,
                               String tier, int catalogueVersion, int rulesVersion, int policyVersion, String caps,
                               String computedBy) {
    }

    /** The answer to an ERP system that asks before an RFQ or a purchase order. */
    public record SourcingAnswer(long supplierId, SourcingStatus sourcingStatus, String tier, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    TierPolicies policies;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<Scored> scored;

    /** Scores a submitted assessment with its campaign's catalogue version and the policy in force. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public ScoreCard score(long assessmentId) {
        return store(assessmentId);
    }

    /**
     * Scores an assessment again for a system job (the daily evidence expiry check), which runs with no caller; not
     * reachable from the API or pages.
     */
    @PermitAll
    public ScoreCard refresh(long assessmentId) {
        return store(assessmentId);
    }

    private ScoreCard store(long assessmentId) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null) {
            throw new NotFoundException("assessment", assessmentId);
        }
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            throw new InvalidInputException(FieldViolation.of("status", "score.notSubmitted"));
        }
        ScoreCard card = card(assessment);
        Optional<Score> previous = latest(assessment.supplier().id());
        Score score = new Score(assessment.id(), assessment.supplier().id(), assessment.campaign().catalogueVersion().versionNo(),
                catalogue.current().versionNo(), card, currentUser.username().orElse(AuditTrail.SYSTEM), clock.instant());
        em.persist(score);
        em.flush();
        if (previous.isEmpty()) {
            auditTrail.created(score, null);
        } else {
            auditTrail.updated(score, null, previous.get().auditSnapshot());
        }
        scored.fire(new Scored(assessment.supplier().id(), assessment.id(), card, score.computedAt()));
        return card;
    }

    /**
     * The reasons behind the supplier's current score, indicator by indicator: the engine run again on the answers and
     * decisions of the scored assessment as they stand now, under the weights and points of the catalogue version in
     * force and the policy in force.
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public Optional<ScoreCard> explain(long supplierId) {
        return current(supplierId).map(score -> card(em.find(Assessment.class, score.assessmentId())));
    }

    private ScoreCard card(Assessment assessment) {
        ScoringModel model = catalogue.scoringModelNow(assessment.campaign().catalogueVersion());
        if (assessment.campaign().scope() == org.supplieresg.assessment.CampaignScope.CORE) {
            model = model.coreOnly();
        }
        Map<String, AnswerFacts> answers = assessment.answers().stream().map(Answer::facts)
                .collect(Collectors.toMap(AnswerFacts::indicatorCode, Function.identity()));
        return ScoringEngine.score(model, policies.current(), answers, OpenFindings.of(em, assessment.supplier().id()));
    }

    /**
     * The assessment behind the supplier's current score, if it is still submitted (a reopened one is scored again
     * when it is submitted again): what a change outside the questionnaire, such as an audit finding, rescores.
     */
    @PermitAll
    public Optional<Long> latestScoredAssessment(long supplierId) {
        return latest(supplierId).map(Score::assessmentId)
                .filter(id -> em.find(Assessment.class, id).status() == AssessmentStatus.SUBMITTED);
    }

    /** The supplier's current score (the newest); a supplier user may read only its own. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public Optional<Score> current(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return latest(supplierId);
    }

    /** A supplier's current standing as its chain sees it: score, tier and the red-flag questions it fails. */
    public record ChainScore(long supplierId, BigDecimal total, String tier, String scope, List<String> redFlags,
                             List<String> auditCaps, Instant computedAt) {

        public String redFlagsText() {
            return redFlags.isEmpty() ? "–" : String.join(", ", redFlags);
        }
    }

    /**
     * The current score of a supplier whose results the caller may see: staff and the company itself as for
     * {@link #current}, and a Tier-1 for a Tier-2 it invited that consented to share. A red flag here is any failing
     * answer to a red-flag question, confirmed or only self-declared: for the chain a declared risk is a risk.
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public Optional<ChainScore> visibleToChain(long supplierId) {
        org.supplieresg.supplier.Supplier supplier = em.find(org.supplieresg.supplier.Supplier.class, supplierId);
        Long viewer = currentUser.isSupplierUser() ? currentUser.companyId().orElse(-1L) : null;
        if (supplier == null || !supplier.resultsVisibleTo(viewer)) {
            throw new NotFoundException("supplier", supplierId);
        }
        return latest(supplierId).map(score -> {
            Assessment assessment = em.find(Assessment.class, score.assessmentId());
            ScoringModel model = catalogue.scoringModel(assessment.campaign().catalogueVersion());
            ScoreCard card = card(assessment);
            List<String> redFlags = card.indicators().stream()
                    .filter(i -> i.failing() && model.indicators().containsKey(i.code()) && model.indicators().get(i.code()).redFlag())
                    .map(ScoreCard.IndicatorScore::code).toList();
            List<String> auditCaps = card.caps().stream().filter(c -> c.kind() != ScoreCard.Cap.Kind.RED_FLAG
                    && c.kind() != ScoreCard.Cap.Kind.DIMENSION_BELOW_FLOOR).map(c -> c.kind() + " " + c.source()).toList();
            return new ChainScore(supplierId, score.total(), score.tier().name(), assessment.campaign().scope().name(), redFlags,
                    auditCaps, score.computedAt());
        });
    }

    /** Every score the supplier ever had, oldest first, each with its campaign and the change from the one before. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<HistoryEntry> history(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        List<Object[]> rows = em.createQuery("SELECT s, c.name FROM Score s, Assessment a JOIN a.campaign c"
                        + " WHERE a.id = s.assessmentId AND s.supplierId = :s ORDER BY s.computedAt, s.id", Object[].class)
                .setParameter("s", supplierId).getResultList();
        List<HistoryEntry> history = new java.util.ArrayList<>();
        BigDecimal previous = null;
        for (Object[] row : rows) {
            Score score = (Score) row[0];
            history.add(new HistoryEntry(score.computedAt(), score.assessmentId(), (String) row[1], score.total(),
                    previous == null ? null : score.total().subtract(previous), score.tier().name(), score.catalogueVersion(),
                    score.rulesVersion(), score.policyVersion(), score.caps(), score.computedBy()));
            previous = score.total();
        }
        return history;
    }

    /** The audit trail of the supplier's score: each change of total, tier, caps or versions, with who and when. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<org.supplieresg.audittrail.AuditRecord> trail(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return auditTrail.history("SupplierScore", String.valueOf(supplierId));
    }

    /**
     * Whether procurement may source from a supplier. A supplier never scored is CONDITIONAL: it may be sourced from,
     * with a warning, until its first assessment.
     */
    @RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public SourcingAnswer sourcingStatus(long supplierId) {
        if (em.find(org.supplieresg.supplier.Supplier.class, supplierId) == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        return latest(supplierId)
                .map(s -> new SourcingAnswer(supplierId, s.sourcingStatus(), s.tier().name(),
                        "tier " + s.tier() + " from score " + s.total().toPlainString()
                                + (s.caps().isEmpty() ? "" : ", capped by " + s.caps()) + " (scored " + s.computedAt() + ")"))
                .orElse(new SourcingAnswer(supplierId, SourcingStatus.CONDITIONAL, null, "not assessed yet"));
    }

    private Optional<Score> latest(long supplierId) {
        return em.createQuery("SELECT s FROM Score s WHERE s.supplierId = :s ORDER BY s.computedAt DESC, s.id DESC", Score.class)
                .setParameter("s", supplierId).setMaxResults(1).getResultStream().findFirst();
    }
}
