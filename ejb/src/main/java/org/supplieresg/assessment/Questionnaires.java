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
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.notification.Notice;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.reports.QuestionnaireWorkbook;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

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

    @Inject
    jakarta.enterprise.event.Event<MailsToSend> mails;

    @Inject
    jakarta.enterprise.event.Event<AssessmentSubmitted> submitted;

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
        Supplier owner = assessment.campaign().owner();
        submitted.fire(new AssessmentSubmitted(assessment.id(), assessment.supplier().id(), owner == null ? null : owner.id()));
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
        if (decision.needsReason()) {
            mails.fire(Notice.to(assessment.supplier(), "rejected", assessment.supplier().legalName(),
                    assessment.campaign().name(), indicatorCode, answer.validationReason()));
        }
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
        return new AnswerView(i.code(), i.dimension().code(), i.textEn(), i.textZh(), i.helpEn(), i.helpZh(), i.answerType(), i.unit(),
                i.notApplicableAllowed(),
                r instanceof Response.YesNo y ? y.yes() : null,
                r instanceof Response.Maturity m ? m.level() : null,
                r instanceof Response.Kpi k ? k.value() : null,
                r instanceof Response.NotApplicable,
                a == null ? null : a.comment(), a == null ? null : a.decision(), a == null ? null : a.validationReason(),
                a == null ? null : a.validatedBy(), a == null ? null : a.answeredBy(), a == null ? null : a.answeredAt(),
                a == null ? null : a.version(),
                a == null ? List.of() : a.evidence().stream().map(e -> EvidenceView.of(e, today)).toList(),
                a == null || a.source() == null ? null : a.source().sharedResult().describe(),
                a == null || a.source() == null ? null : a.source().validTo());
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

    /** The questionnaire as workbook content, with the answers given so far. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public QuestionnaireWorkbookContent workbook(long assessmentId) {
        Assessment assessment = visible(assessmentId);
        QuestionnaireView view = view(assessment);
        QuestionnaireWorkbook.Header header = new QuestionnaireWorkbook.Header(assessment.id(), assessment.supplier().legalName(),
                assessment.campaign().name(), assessment.campaign().deadline().toString(), assessment.campaign().catalogueVersion().versionNo());
        List<QuestionnaireWorkbook.Question> questions = view.answers().stream().map(a -> new QuestionnaireWorkbook.Question(
                a.code(), a.dimension(), a.textEn(), a.textZh(), a.answerType().name(), a.unit(), a.notApplicableAllowed(),
                a.notApplicable() ? QuestionnaireWorkbook.NOT_APPLICABLE : a.yes() != null ? (a.yes() ? "YES" : "NO")
                        : a.maturityLevel() != null ? String.valueOf(a.maturityLevel())
                        : a.value() != null ? a.value().stripTrailingZeros().toPlainString() : null,
                a.comment(), a.decision() == null || a.decision() == Decision.PENDING ? null
                        : a.decision() + (a.decisionReason() == null ? "" : ": " + a.decisionReason()))).toList();
        return new QuestionnaireWorkbookContent(header, questions);
    }

    /** Workbook content for the writer in {@code reports}. */
    public record QuestionnaireWorkbookContent(QuestionnaireWorkbook.Header header, List<QuestionnaireWorkbook.Question> questions) {
    }

    /**
     * Takes back a filled questionnaire workbook, all or nothing: every row is checked first (code, answer form, what
     * the indicator takes); if any row is wrong, nothing is saved and every problem is reported with its row.
     *
     * @return how many answers were saved
     */
    @RolesAllowed(SUPPLIER)
    public int importWorkbook(long assessmentId, InputStream workbook) {
        Assessment assessment = visible(assessmentId);
        QuestionnaireWorkbook.Reading reading = QuestionnaireWorkbook.read(workbook);
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.row() == 0 ? "file" : "row " + p.row(), p.messageKey(), p.arguments())).toList());
        if (reading.assessmentId() != null && reading.assessmentId() != assessmentId) {
            problems.add(FieldViolation.of("file", "questionnaire.file.otherAssessment", String.valueOf(reading.assessmentId()),
                    String.valueOf(assessmentId)));
        }
        if (assessment.status() != AssessmentStatus.IN_PROGRESS || !assessment.campaign().isOpen()) {
            problems.add(FieldViolation.of("file", "assessment.locked"));
        }
        Map<String, Indicator> indicators = new HashMap<>();
        indicators(assessment).forEach(i -> indicators.put(i.code(), i));
        Map<Indicator, QuestionnaireWorkbook.Entry> rows = new LinkedHashMap<>();
        Map<Indicator, Response> responses = new HashMap<>();
        for (QuestionnaireWorkbook.Entry entry : reading.entries()) {
            String where = "row " + entry.row() + " " + entry.code();
            Indicator indicator = indicators.get(entry.code());
            if (indicator == null) {
                problems.add(FieldViolation.of(where, "questionnaire.row.unknownCode", entry.row(), entry.code()));
                continue;
            }
            if (rows.put(indicator, entry) != null) {
                problems.add(FieldViolation.of(where, "questionnaire.row.duplicate", entry.row(), entry.code()));
                continue;
            }
            if (entry.answer() == null) {
                continue; // a comment alone changes nothing
            }
            Response response = parse(indicator, entry, problems);
            if (response != null) {
                Assessment.responseViolations(indicator, response).forEach(v ->
                        problems.add(new FieldViolation(where, v.messageKey(), v.arguments())));
                responses.put(indicator, response);
            }
        }
        InvalidInputException.throwIfAny(problems);
        int saved = 0;
        for (Map.Entry<Indicator, Response> answer : responses.entrySet()) {
            Indicator indicator = answer.getKey();
            Answer existing = assessment.answerTo(indicator).orElse(null);
            String comment = rows.get(indicator).comment();
            if (existing != null && existing.response().equals(answer.getValue()) && Objects.equals(existing.comment(), comment)) {
                continue; // unchanged: no new version, no audit entry
            }
            Map<String, String> before = existing == null ? null : existing.auditSnapshot();
            Answer stored = assessment.answer(indicator, answer.getValue(), comment, actor(), clock.instant());
            if (existing == null) {
                em.persist(stored);
                em.flush();
                auditTrail.created(stored, stored.version());
            } else {
                em.flush();
                auditTrail.updated(stored, stored.version(), before);
            }
            saved++;
        }
        return saved;
    }

    /** An answer as typed in the workbook, or null with a problem recorded. */
    private static Response parse(Indicator indicator, QuestionnaireWorkbook.Entry entry, List<FieldViolation> problems) {
        String where = "row " + entry.row() + " " + entry.code();
        String text = entry.answer().strip().toUpperCase(java.util.Locale.ROOT);
        if (List.of("N/A", "NA", "不适用").contains(text)) {
            return new Response.NotApplicable();
        }
        switch (indicator.answerType()) {
            case YES_NO -> {
                if (List.of("YES", "Y", "TRUE", "是").contains(text)) {
                    return new Response.YesNo(true);
                }
                if (List.of("NO", "N", "FALSE", "否").contains(text)) {
                    return new Response.YesNo(false);
                }
                problems.add(FieldViolation.of(where, "questionnaire.row.yesNo", entry.row(), entry.code(), entry.answer()));
            }
            case MATURITY -> {
                try {
                    int level = new java.math.BigDecimal(text).intValueExact();
                    if (level >= 0 && level <= 4) {
                        return new Response.Maturity(level);
                    }
                } catch (ArithmeticException | NumberFormatException e) {
                    // reported below
                }
                problems.add(FieldViolation.of(where, "questionnaire.row.level", entry.row(), entry.code(), entry.answer()));
            }
            case NUMERIC -> {
                try {
                    return new Response.Kpi(new java.math.BigDecimal(text.replace(",", "")));
                } catch (NumberFormatException e) {
                    problems.add(FieldViolation.of(where, "questionnaire.row.number", entry.row(), entry.code(), entry.answer(),
                            String.valueOf(indicator.unit())));
                }
            }
            case CALCULATED -> problems.add(FieldViolation.of(where, "answer.calculated", entry.code()));
        }
        return null;
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
                .getResultStream().filter(assessment.campaign()::asks).toList();
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
                ? currentUser.companyId().filter(own -> own.equals(assessment.supplier().id())).isEmpty()
                : !assessment.supplier().resultsVisibleTo(null))) {
            throw new NotFoundException("assessment", assessmentId);
        }
        return assessment;
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
