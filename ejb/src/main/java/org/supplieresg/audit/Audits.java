package org.supplieresg.audit;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.assessment.Answer;
import org.supplieresg.assessment.Assessment;
import org.supplieresg.assessment.AssessmentStatus;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.CatalogueVersion;
import org.supplieresg.assessment.Decision;
import org.supplieresg.assessment.Indicator;
import org.supplieresg.assessment.ScoringBand;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.Role;
import org.supplieresg.identity.Accounts;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.notification.Notice;
import org.supplieresg.scoring.Response;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * On-site audits: scheduling with conflict checks, the supplier's confirmation, the checklist on site, and completion,
 * which raises findings with their corrective action plans, writes the answers verified on site over the
 * self-assessment, closes the findings a follow-up audit found corrected, and scores the supplier again.
 */
@Stateless
public class Audits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Catalogue catalogue;

    @Inject
    EvidenceLibrary library;

    @Inject
    Scores scores;

    @Inject
    Accounts accounts;

    @Inject
    BlackoutDays blackoutDays;

    @Inject
    Event<MailsToSend> mails;

    /**
     * Schedules an audit of a supplier and draws its checklist. Refused, with every problem named: bad dates, unknown
     * auditors, an auditor already booked on those days or without a travel day after a site in another country, a
     * follow-up audit for a supplier with no open finding.
     */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public AuditViews.AuditView schedule(long supplierId, Audit.Plan plan) {
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        LocalDate today = today();
        List<FieldViolation> problems = new ArrayList<>(auditorViolations(plan));
        Assessment assessment = latestSubmitted(supplierId).orElse(null);
        Audit audit = Audit.schedule("AUD-" + today.getYear() + "-0000", supplier, plan,
                assessment == null ? null : assessment.id(), today, actor(), clock.instant());
        problems.addAll(conflicts(audit, plan.start(), plan.end()));
        List<Finding> open = openFindings(supplierId);
        if (plan.type() == AuditType.FOLLOW_UP && open.isEmpty()) {
            problems.add(FieldViolation.of("type", "audit.followUp.nothingOpen"));
        }
        InvalidInputException.throwIfAny(problems);
        drawChecklist(audit, assessment, open);
        em.persist(audit);
        audit.number(today.getYear());
        em.flush();
        auditTrail.created(audit, audit.version());
        if (audit.visibleToSupplier()) {
            mails.fire(Notice.to(supplier, "auditPlanned", supplier.legalName(), audit.reference(), audit.plannedStart().toString(),
                    audit.plannedEnd().toString(), audit.siteAddress()));
        }
        return view(audit);
    }

    /** Indicators to verify: red flags and those marked for on-site checks, weak answers, or, for a follow-up, the open findings. */
    private void drawChecklist(Audit audit, Assessment assessment, List<Finding> open) {
        if (audit.type() == AuditType.FOLLOW_UP) {
            open.forEach(f -> audit.addItem(f.indicatorCode(), ChecklistReason.OPEN_FINDING, f.item().verifiedAnswer()));
            return;
        }
        CatalogueVersion version = assessment == null ? catalogue.current() : assessment.campaign().catalogueVersion();
        for (Indicator indicator : catalogue.indicatorsOf(version)) {
            Answer answer = assessment == null ? null : assessment.answerTo(indicator).orElse(null);
            ChecklistReason reason = indicator.redFlag() ? ChecklistReason.RED_FLAG
                    : indicator.onsiteVerification() ? ChecklistReason.ONSITE
                    : weak(indicator, answer) ? ChecklistReason.WEAK_ANSWER : null;
            if (reason != null) {
                audit.addItem(indicator.code(), reason, answer == null ? null : ResponseText.of(answer.response()));
            }
        }
    }

    /** A "no", a maturity of 0 or 1, a value in a band worth under half the points, or an answer a reviewer sent back. */
    static boolean weak(Indicator indicator, Answer answer) {
        if (answer == null) {
            return false;
        }
        if (answer.decision() == Decision.REJECTED || answer.decision() == Decision.MORE_INFO) {
            return true;
        }
        Response response = answer.response();
        if (response instanceof Response.YesNo y) {
            return !y.yes();
        }
        if (response instanceof Response.Maturity m) {
            return m.level() <= 1;
        }
        if (response instanceof Response.Kpi k) {
            for (ScoringBand band : indicator.bands()) {
                boolean above = band.lowerBound() == null || k.value().compareTo(band.lowerBound()) >= 0;
                boolean below = band.upperBound() == null || k.value().compareTo(band.upperBound()) < 0;
                if (above && below) {
                    return band.pointsPercent().compareTo(BigDecimal.valueOf(50)) < 0;
                }
            }
        }
        return false;
    }

    private List<FieldViolation> auditorViolations(Audit.Plan plan) {
        List<FieldViolation> problems = new ArrayList<>();
        List<String> people = new ArrayList<>();
        if (plan.leadAuditor() != null && !plan.leadAuditor().isBlank()) {
            people.add(plan.leadAuditor().strip());
        }
        if (plan.team() != null) {
            plan.team().stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(people::add);
        }
        for (String username : people) {
            if (!accounts.hasRole(username, Role.AUDITOR)) {
                problems.add(FieldViolation.of(username.equals(people.get(0)) ? "leadAuditor" : "team", "audit.auditor.unknown", username));
            }
        }
        return problems;
    }

    /**
     * An auditor of this audit booked on another audit on overlapping days, or on an audit in another country that
     * ends the day before this one starts or starts the day after it ends (no day to travel).
     */
    private List<FieldViolation> conflicts(Audit audit, LocalDate start, LocalDate end) {
        List<FieldViolation> problems = new ArrayList<>();
        if (audit.type() != AuditType.UNANNOUNCED) {
            blackoutDays.forScheduling(audit.supplier().id()).stream().filter(b -> b.overlaps(start, end)).forEach(b -> problems.add(
                    FieldViolation.of("start", "audit.conflict.blackout", b.firstDay().toString(), b.lastDay().toString(), b.reason())));
        }
        List<Audit> nearby = em.createQuery("SELECT a FROM Audit a WHERE a.status <> :cancelled AND a.plannedEnd >= :from"
                        + " AND a.plannedStart <= :to", Audit.class)
                .setParameter("cancelled", AuditStatus.CANCELLED).setParameter("from", start.minusDays(1))
                .setParameter("to", end.plusDays(1)).getResultList();
        List<String> auditors = new ArrayList<>();
        auditors.add(audit.leadAuditor());
        auditors.addAll(audit.team());
        for (Audit other : nearby) {
            if (other.id() != null && other.id().equals(audit.id())) {
                continue;
            }
            for (String auditor : auditors) {
                if (!other.hasAuditor(auditor)) {
                    continue;
                }
                if (other.activeOn(start, end)) {
                    problems.add(FieldViolation.of("start", "audit.conflict.booked", auditor, other.reference(),
                            other.plannedStart().toString(), other.plannedEnd().toString()));
                } else if (!other.siteCountry().equals(audit.siteCountry())) {
                    problems.add(FieldViolation.of("start", "audit.conflict.travel", auditor, other.reference(), other.siteCountry(),
                            audit.siteCountry()));
                }
            }
        }
        return problems;
    }

    /** The supplier confirms the planned dates. */
    @RolesAllowed(SUPPLIER)
    public AuditViews.AuditView confirm(long auditId) {
        return change(auditId, Audit::confirm);
    }

    /** The supplier proposes other dates, saying why. */
    @RolesAllowed(SUPPLIER)
    public AuditViews.AuditView propose(long auditId, LocalDate start, LocalDate end, String note) {
        return change(auditId, a -> a.propose(start, end, note, today()));
    }

    /** The planner moves an audit (the calendar's drag and drop, or taking the supplier's proposal); checked for conflicts. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public AuditViews.AuditView reschedule(long auditId, LocalDate start, LocalDate end, long expectedVersion) {
        Audit audit = visible(auditId);
        requireVersion(audit, expectedVersion);
        if (start != null && end != null) {
            InvalidInputException.throwIfAny(conflicts(audit, start, end));
        }
        Map<String, String> before = audit.auditSnapshot();
        audit.reschedule(start, end, today());
        em.flush();
        auditTrail.updated(audit, audit.version(), before);
        if (audit.visibleToSupplier()) {
            mails.fire(Notice.to(audit.supplier(), "auditPlanned", audit.supplier().legalName(), audit.reference(),
                    audit.plannedStart().toString(), audit.plannedEnd().toString(), audit.siteAddress()));
        }
        return view(audit);
    }

    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public AuditViews.AuditView cancel(long auditId) {
        return change(auditId, Audit::cancel);
    }

    /** The auditors arrive: the checklist can be filled in. */
    @RolesAllowed({AUDITOR, ADMIN})
    public AuditViews.AuditView start(long auditId) {
        requireOnTeam(visible(auditId));
        return change(auditId, a -> a.start(clock.instant()));
    }

    /**
     * Records one checklist item: conforming or a finding (severity and observation), and optionally the answer as
     * verified on site, which must be one the indicator takes.
     */
    @RolesAllowed({AUDITOR, ADMIN})
    public AuditViews.ItemView check(long auditId, String indicatorCode, Outcome outcome, Severity severity, String verifiedAnswer,
                                     String observation) {
        Audit audit = visible(auditId);
        requireOnTeam(audit);
        if (verifiedAnswer != null && !verifiedAnswer.isBlank()) {
            Indicator indicator = indicator(audit, indicatorCode);
            Response response = ResponseText.parse(verifiedAnswer);
            if (response == null) {
                throw new InvalidInputException(FieldViolation.of("verifiedAnswer", "audit.verified.format", verifiedAnswer));
            }
            InvalidInputException.throwIfAny(Assessment.responseViolations(indicator, response).stream()
                    .map(v -> new FieldViolation("verifiedAnswer", v.messageKey(), v.arguments())).toList());
            verifiedAnswer = ResponseText.of(response);
        }
        ChecklistItem item = audit.item(indicatorCode);
        Map<String, String> before = item.auditSnapshot();
        audit.check(indicatorCode, outcome, severity, verifiedAnswer, observation, actor(), clock.instant());
        em.flush();
        auditTrail.updated(item, item.version(), before);
        return itemView(item, indicators(audit));
    }

    /** Attaches a photo or document taken on site (uploaded first to the supplier's evidence storage) to an item. */
    @RolesAllowed({AUDITOR, ADMIN})
    public AuditViews.ItemView addPhoto(long auditId, String indicatorCode, long evidenceId) {
        Audit audit = visible(auditId);
        requireOnTeam(audit);
        ChecklistItem item = audit.item(indicatorCode);
        Map<String, String> before = item.auditSnapshot();
        item.addPhoto(library.find(evidenceId));
        em.flush();
        auditTrail.updated(item, item.version(), before);
        return itemView(item, indicators(audit));
    }

    /**
     * Completes the audit. Every finding gets a corrective action plan due after the days its severity allows; every
     * answer verified on site replaces the self-assessed one (accepted, naming the audit); in a follow-up audit, an
     * open finding found conforming is verified and closed. The supplier is told, and scored again.
     */
    @RolesAllowed({AUDITOR, ADMIN})
    public AuditViews.AuditView complete(long auditId) {
        Audit audit = visible(auditId);
        requireOnTeam(audit);
        Map<String, String> before = audit.auditSnapshot();
        audit.complete(clock.instant());
        LocalDate today = today();
        Map<Severity, Integer> dueDays = dueDays();
        Map<String, Finding> openByIndicator = new HashMap<>();
        openFindings(audit.supplier().id()).forEach(f -> openByIndicator.put(f.indicatorCode(), f));
        int number = 0;
        for (ChecklistItem item : audit.items()) {
            if (audit.type() == AuditType.FOLLOW_UP) {
                Finding open = openByIndicator.get(item.indicatorCode());
                if (open != null && item.outcome() == Outcome.CONFORMING) {
                    closeOnSite(open, audit);
                }
            } else if (item.outcome() == Outcome.FINDING) {
                Finding finding = new Finding(item, ++number);
                em.persist(finding);
                CorrectiveAction action = new CorrectiveAction(finding, today.plusDays(dueDays.get(item.severity())));
                em.persist(action);
                em.flush();
                auditTrail.created(finding, finding.version());
                auditTrail.created(action, action.version());
            }
        }
        em.flush();
        auditTrail.updated(audit, audit.version(), before);
        applyVerifiedAnswers(audit);
        rescore(audit.supplier().id());
        mails.fire(Notice.to(audit.supplier(), "auditCompleted", audit.supplier().legalName(), audit.reference(),
                String.valueOf(number)));
        return view(audit);
    }

    private void closeOnSite(Finding finding, Audit followUp) {
        CorrectiveAction action = actionOf(finding);
        Map<String, String> actionBefore = action.auditSnapshot();
        if (action.status() != CorrectiveActionStatus.VERIFIED) {
            action.verifyOnSite("Verified on site in " + followUp.reference(), actor(), clock.instant());
        }
        Map<String, String> before = finding.auditSnapshot();
        finding.close(action, followUp, actor(), clock.instant());
        em.flush();
        auditTrail.updated(action, action.version(), actionBefore);
        auditTrail.updated(finding, finding.version(), before);
    }

    private void applyVerifiedAnswers(Audit audit) {
        if (audit.assessmentId() == null) {
            return;
        }
        Assessment assessment = em.find(Assessment.class, audit.assessmentId());
        Map<String, Indicator> indicators = indicators(audit);
        for (ChecklistItem item : audit.items()) {
            if (item.verifiedAnswer() == null || indicators.get(item.indicatorCode()) == null) {
                continue;
            }
            Indicator indicator = indicators.get(item.indicatorCode());
            Answer existing = assessment.answerTo(indicator).orElse(null);
            Map<String, String> before = existing == null ? null : existing.auditSnapshot();
            Answer answer = assessment.verifiedOnSite(indicator, ResponseText.parse(item.verifiedAnswer()),
                    "Verified on site in audit " + audit.reference() + " / 经现场审核" + audit.reference() + "核实", actor(), clock.instant());
            if (existing == null) {
                em.persist(answer);
                em.flush();
                auditTrail.created(answer, answer.version());
            } else {
                em.flush();
                auditTrail.updated(answer, answer.version(), before);
            }
        }
    }

    /** Scores the supplier's scored assessment again, so that findings opened or closed show in its tier at once. */
    private void rescore(long supplierId) {
        scores.latestScoredAssessment(supplierId).ifPresent(scores::refresh);
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public AuditViews.AuditView get(long auditId) {
        return view(visible(auditId));
    }

    /** A supplier's audits, newest first (a supplier user: its own, without unannounced audits not yet begun). */
    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public List<AuditViews.AuditView> ofSupplier(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT a FROM Audit a WHERE a.supplier.id = :s ORDER BY a.plannedStart DESC", Audit.class)
                .setParameter("s", supplierId).getResultStream()
                .filter(a -> !currentUser.isSupplierUser() || a.visibleToSupplier())
                .map(this::summary).toList();
    }

    /** Every audit (not cancelled) with days in [from, to], for the calendar. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public List<AuditViews.AuditView> between(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM Audit a JOIN FETCH a.supplier WHERE a.status <> :cancelled AND a.plannedEnd >= :from"
                        + " AND a.plannedStart <= :to ORDER BY a.plannedStart", Audit.class)
                .setParameter("cancelled", AuditStatus.CANCELLED).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(this::summary).toList();
    }

    private AuditViews.AuditView change(long auditId, java.util.function.Consumer<Audit> action) {
        Audit audit = visible(auditId);
        Map<String, String> before = audit.auditSnapshot();
        action.accept(audit);
        em.flush();
        auditTrail.updated(audit, audit.version(), before);
        return view(audit);
    }

    private void requireVersion(Audit audit, long expectedVersion) {
        if (audit.version() != expectedVersion) {
            throw new ConcurrentChangeException("Audit " + audit.reference(), expectedVersion, audit.version(),
                    auditTrail.changesSince(audit.auditType(), audit.auditId(), expectedVersion));
        }
    }

    /** Only the audit's own auditors (or an admin) fill in its checklist. */
    private void requireOnTeam(Audit audit) {
        String me = actor();
        if (!currentUser.hasRole(Role.ADMIN) && !audit.hasAuditor(me)) {
            throw new InvalidInputException(FieldViolation.of("auditor", "audit.notOnTeam", me, audit.reference()));
        }
    }

    private Audit visible(long auditId) {
        Audit audit = em.find(Audit.class, auditId);
        if (audit == null || (currentUser.isSupplierUser() && (!audit.visibleToSupplier()
                || currentUser.companyId().filter(own -> own.equals(audit.supplier().id())).isEmpty()))) {
            throw new NotFoundException("audit", auditId);
        }
        return audit;
    }

    private Optional<Assessment> latestSubmitted(long supplierId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.supplier.id = :s AND a.status = :submitted"
                        + " ORDER BY a.submittedAt DESC", Assessment.class)
                .setParameter("s", supplierId).setParameter("submitted", AssessmentStatus.SUBMITTED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private List<Finding> openFindings(long supplierId) {
        return em.createQuery("SELECT f FROM Finding f WHERE f.supplierId = :s AND f.status = :open ORDER BY f.reference", Finding.class)
                .setParameter("s", supplierId).setParameter("open", Finding.Status.OPEN).getResultList();
    }

    private CorrectiveAction actionOf(Finding finding) {
        return em.createQuery("SELECT c FROM CorrectiveAction c WHERE c.finding = :f", CorrectiveAction.class)
                .setParameter("f", finding).getSingleResult();
    }

    private Map<Severity, Integer> dueDays() {
        Map<Severity, Integer> days = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT severity, due_days FROM corrective_action_due").getResultList();
        for (Object[] row : rows) {
            days.put(Severity.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        return days;
    }

    private Map<String, Indicator> indicators(Audit audit) {
        CatalogueVersion version = audit.assessmentId() == null ? catalogue.current()
                : em.find(Assessment.class, audit.assessmentId()).campaign().catalogueVersion();
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicatorsOf(version).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private Indicator indicator(Audit audit, String code) {
        Indicator indicator = indicators(audit).get(code);
        if (indicator == null) {
            throw new InvalidInputException(FieldViolation.of("indicator", "audit.item.unknown", code, audit.reference()));
        }
        return indicator;
    }

    private AuditViews.AuditView summary(Audit a) {
        return view(a, List.of(), List.of());
    }

    private AuditViews.AuditView view(Audit a) {
        Map<String, Indicator> indicators = indicators(a);
        List<AuditViews.ItemView> items = a.items().stream().map(i -> itemView(i, indicators)).toList();
        List<AuditViews.FindingView> findings = em.createQuery("SELECT f FROM Finding f WHERE f.audit = :a ORDER BY f.reference", Finding.class)
                .setParameter("a", a).getResultStream().map(f -> AuditViews.of(f, actionOf(f), today())).toList();
        return view(a, items, findings);
    }

    private AuditViews.AuditView view(Audit a, List<AuditViews.ItemView> items, List<AuditViews.FindingView> findings) {
        return new AuditViews.AuditView(a.id(), a.reference(), a.supplier().id(), a.supplier().legalName(), a.type(), a.status(),
                a.plannedStart(), a.plannedEnd(), a.proposedStart().orElse(null), a.proposedEnd().orElse(null), a.supplierNote(),
                a.leadAuditor(), a.team(), a.siteAddress(), a.siteCountry(), a.language(), a.assessmentId(), a.startedAt(),
                a.completedAt(), a.version(), items, findings);
    }

    private AuditViews.ItemView itemView(ChecklistItem i, Map<String, Indicator> indicators) {
        Indicator indicator = indicators.get(i.indicatorCode());
        LocalDate today = today();
        return new AuditViews.ItemView(i.id(), i.position(), i.indicatorCode(), indicator == null ? null : indicator.textEn(),
                indicator == null ? null : indicator.textZh(), i.reason(), i.selfAssessed(), i.outcome(), i.severity(),
                i.verifiedAnswer(), i.observation(), i.checkedBy(), i.discrepancy(),
                i.photos().stream().map(e -> EvidenceView.of(e, today)).toList(), i.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
