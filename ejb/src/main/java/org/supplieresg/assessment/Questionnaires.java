package org.supplieresg.assessment;

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
import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;

import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * A supplier answers and submits its questionnaire; reviewers accept, reject or ask about each answer, and can reopen
 * a submitted questionnaire. A supplier user reaches only its own company's assessments.
 */
@Stateless
public class Questionnaires {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    EvidenceLibrary library;

    /** The assessments of a supplier, newest campaign first (a supplier user: only its own). */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<AssessmentSummary> ofSupplier(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT a FROM Assessment a WHERE a.supplier.id = :s ORDER BY a.campaign.createdAt DESC", Assessment.class)
                .setParameter("s", supplierId).getResultStream().map(this::summary).toList();
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public QuestionnaireView get(long assessmentId) {
        Assessment assessment = visible(assessmentId);
        return view(assessment);
    }

    /** Saves one answer as a draft; it may be changed until the questionnaire is submitted. */
    @RolesAllowed(SUPPLIER)
    public AnswerView answer(long assessmentId, String indicatorCode, Response response, String comment) {
        return answer(assessmentId, indicatorCode, response, null, comment);
    }

    /**
     * Saves one answer; {@code unit}, when given with a KPI value, must be the indicator's unit: values are never
     * converted silently.
     */
    @RolesAllowed(SUPPLIER)
    public AnswerView answer(long assessmentId, String indicatorCode, Response response, String unit, String comment) {
        Assessment assessment = visible(assessmentId);
        Indicator indicator = indicator(assessment, indicatorCode);
        if (unit != null && !unit.strip().equals(indicator.unit())) {
            throw new InvalidInputException(FieldViolation.of("unit", "answer.kpi.unit", indicatorCode, unit.strip(),
                    String.valueOf(indicator.unit())));
        }
        Answer existing = assessment.answerTo(indicator).orElse(null);
        Map<String, String> before = existing == null ? null : existing.auditSnapshot();
        Answer answer = assessment.answer(indicator, response, comment, actor(), clock.instant());
        if (existing == null) {
            em.persist(answer);
            em.flush();
            auditTrail.created(answer, answer.version());
        } else {
            em.flush();
            auditTrail.updated(answer, answer.version(), before);
        }
        return answerView(indicator, answer);
    }

    /** Submits the questionnaire; it must be complete. Its answers are then locked for review. */
    @RolesAllowed(SUPPLIER)
    public QuestionnaireView submit(long assessmentId) {
        Assessment assessment = visible(assessmentId);
        assessment.submit(indicators(assessment), actor(), clock.instant());
        em.flush();
        return view(assessment);
    }

    /**
     * A reviewer's decision on one answer.
     *
     * @param expectedAnswerVersion the version of the answer the reviewer saw; if another reviewer decided since,
     *                              nothing is stored and the caller is told what they decided
     */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public AnswerView decide(long assessmentId, String indicatorCode, Decision decision, String reason, long expectedAnswerVersion) {
        Assessment assessment = visible(assessmentId);
        Indicator indicator = indicator(assessment, indicatorCode);
        Answer current = assessment.answerTo(indicator).orElseThrow(() ->
                new InvalidInputException(FieldViolation.of(indicatorCode, "assessment.review.noAnswer", indicatorCode)));
        if (current.version() != expectedAnswerVersion) {
            throw new ConcurrentChangeException("Answer " + indicatorCode, expectedAnswerVersion, current.version(),
                    auditTrail.changesSince("Answer", current.auditId(), expectedAnswerVersion));
        }
        Map<String, String> before = current.auditSnapshot();
        Answer answer = assessment.decide(indicator, decision, reason, actor(), clock.instant());
        em.flush();
        auditTrail.updated(answer, answer.version(), before);
        return answerView(indicator, answer);
    }

    /** Unlocks a submitted questionnaire so that the supplier can revise it. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public QuestionnaireView reopen(long assessmentId) {
        Assessment assessment = visible(assessmentId);
        assessment.reopen();
        em.flush();
        return view(assessment);
    }

    private AssessmentSummary summary(Assessment a) {
        return Progress.of(em, a);
    }

    private QuestionnaireView view(Assessment assessment) {
        // the evidence of every answer in one query, instead of one per answer
        em.createQuery("SELECT DISTINCT a FROM Answer a LEFT JOIN FETCH a.evidence WHERE a.assessment = :a", Answer.class)
                .setParameter("a", assessment).getResultList();
        List<AnswerView> rows = indicators(assessment).stream()
                .map(i -> answerView(i, assessment.answerTo(i).orElse(null))).toList();
        return new QuestionnaireView(summary(assessment), assessment.version(), rows);
    }

    private AnswerView answerView(Indicator i, Answer a) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Response r = a == null ? new Response.Unanswered() : a.response();
        return new AnswerView(i.code(), i.dimension().code(), i.textEn(), i.textZh(), i.answerType(), i.unit(),
                i.notApplicableAllowed(),
                r instanceof Response.YesNo y ? y.yes() : null,
                r instanceof Response.Maturity m ? m.level() : null,
                r instanceof Response.Kpi k ? k.value() : null,
                r instanceof Response.NotApplicable,
                a == null ? null : a.comment(), a == null ? null : a.decision(), a == null ? null : a.validationReason(),
                a == null ? null : a.validatedBy(), a == null ? null : a.answeredBy(), a == null ? null : a.answeredAt(),
                a == null ? null : a.version(),
                a == null ? List.of() : a.evidence().stream().map(e -> EvidenceView.of(e, today)).toList());
    }

    /** Links a document of the supplier's library to an answer (while the answers may change). */
    @RolesAllowed(SUPPLIER)
    public AnswerView linkEvidence(long assessmentId, String indicatorCode, long evidenceId) {
        return changeEvidence(assessmentId, indicatorCode, evidenceId, true);
    }

    @RolesAllowed(SUPPLIER)
    public AnswerView unlinkEvidence(long assessmentId, String indicatorCode, long evidenceId) {
        return changeEvidence(assessmentId, indicatorCode, evidenceId, false);
    }

    private AnswerView changeEvidence(long assessmentId, String indicatorCode, long evidenceId, boolean link) {
        Assessment assessment = visible(assessmentId);
        Indicator indicator = indicator(assessment, indicatorCode);
        Evidence evidence = library.find(evidenceId);
        Answer existing = assessment.answerTo(indicator).orElse(null);
        Map<String, String> before = existing == null ? null : existing.auditSnapshot();
        Answer answer = link ? assessment.linkEvidence(indicator, evidence, actor(), clock.instant())
                : assessment.unlinkEvidence(indicator, evidence, actor(), clock.instant());
        em.flush();
        auditTrail.updated(answer, answer.version(), before);
        return answerView(indicator, answer);
    }

    /** An answer a reviewer sent back, for the supplier's to-do list. */
    public record ToFix(long assessmentId, String campaign, String code, String textEn, String textZh, Decision decision,
                        String reason, String decidedBy) {
    }

    /** The answers of a company that reviewers rejected or asked more about, in open campaigns. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<ToFix> toFix(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT x FROM Answer x JOIN FETCH x.indicator i JOIN FETCH x.assessment a JOIN FETCH a.campaign c"
                        + " WHERE a.supplier.id = :s AND x.decision IN :sentBack AND c.status = :open"
                        + " ORDER BY c.deadline, i.code", Answer.class)
                .setParameter("s", supplierId)
                .setParameter("sentBack", List.of(Decision.REJECTED, Decision.MORE_INFO))
                .setParameter("open", CampaignStatus.OPEN)
                .getResultStream()
                .map(x -> new ToFix(x.assessment().id(), x.assessment().campaign().name(), x.indicator().code(),
                        x.indicator().textEn(), x.indicator().textZh(), x.decision(), x.validationReason(), x.validatedBy()))
                .toList();
    }

    /** Every change to one answer (drafts, submission, reviewers' decisions): who, when, before and after. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<org.supplieresg.audittrail.AuditRecord> answerHistory(long assessmentId, String indicatorCode) {
        Assessment assessment = visible(assessmentId);
        return assessment.answerTo(indicator(assessment, indicatorCode))
                .map(a -> auditTrail.history(a.auditType(), a.auditId()))
                .orElse(List.of());
    }

    List<Indicator> indicators(Assessment assessment) {
        return em.createQuery("SELECT i FROM Indicator i JOIN FETCH i.dimension d WHERE i.catalogueVersion = :v"
                        + " ORDER BY d.position, i.position", Indicator.class)
                .setParameter("v", assessment.campaign().catalogueVersion())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.bands")
                .getResultList();
    }

    private Indicator indicator(Assessment assessment, String code) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.catalogueVersion = :v AND i.code = :code", Indicator.class)
                .setParameter("v", assessment.campaign().catalogueVersion()).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("indicator", "answer.indicator.unknown", code)));
    }

    private Assessment visible(long assessmentId) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(assessment.supplier().id())).isEmpty())) {
            throw new NotFoundException("assessment", assessmentId);
        }
        return assessment;
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
