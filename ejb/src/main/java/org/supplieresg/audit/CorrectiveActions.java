package org.supplieresg.audit;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.notification.Mail;
import org.supplieresg.notification.MailTemplates;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.notification.Notice;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * Corrective action plans: the supplier reports its plan and progress with evidence, the auditor verifies it (a
 * verified Minor finding closes; Major and Priority wait for the closure audit), and overdue plans escalate every
 * morning: a reminder to the supplier when due, the category manager after {@value #ESCALATE_DAYS} days, and a tier
 * cap at C after {@value #CAP_DAYS} days.
 */
@Stateless
public class CorrectiveActions {

    static final int ESCALATE_DAYS = 14;
    static final int CAP_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(CorrectiveActions.class.getName());

    /** What an escalation run did. */
    public record Escalation(int reminded, int escalated, int capped) {
    }

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
    Scores scores;

    @Inject
    Event<MailsToSend> mails;

    /** The supplier submits its plan and progress, with evidence from its library, for the auditor to verify. */
    @RolesAllowed(SUPPLIER)
    public AuditViews.CorrectiveActionView submit(long actionId, CorrectiveAction.Progress progress, List<Long> evidenceIds,
                                                  long expectedVersion) {
        CorrectiveAction action = visible(actionId);
        requireVersion(action, expectedVersion);
        List<Evidence> documents = new ArrayList<>();
        (evidenceIds == null ? List.<Long>of() : evidenceIds).forEach(id -> documents.add(library.find(id)));
        Map<String, String> before = action.auditSnapshot();
        action.submit(progress, documents, actor(), clock.instant());
        em.flush();
        auditTrail.updated(action, action.version(), before);
        if (action.escalationLevel() == 3) {
            rescore(action.finding().supplierId()); // the overdue cap goes as soon as the plan is in
        }
        return AuditViews.of(action, today());
    }

    /**
     * The auditor verifies the submitted plan or sends it back with a reason (the supplier is told). A verified Minor
     * finding closes; a Major or Priority one stays open until a closure audit.
     */
    @RolesAllowed({AUDITOR, ADMIN})
    public AuditViews.CorrectiveActionView verify(long actionId, boolean accept, String note, long expectedVersion) {
        CorrectiveAction action = visible(actionId);
        requireVersion(action, expectedVersion);
        Map<String, String> before = action.auditSnapshot();
        action.verify(accept, note, actor(), clock.instant());
        em.flush();
        auditTrail.updated(action, action.version(), before);
        Finding finding = action.finding();
        if (accept && !finding.severity().needsClosureAudit()) {
            Map<String, String> findingBefore = finding.auditSnapshot();
            finding.close(action, null, actor(), clock.instant());
            em.flush();
            auditTrail.updated(finding, finding.version(), findingBefore);
        }
        if (!accept) {
            Supplier supplier = em.find(Supplier.class, finding.supplierId());
            mails.fire(Notice.to(supplier, "capRejected", supplier.legalName(), finding.reference(), action.verificationNote()));
        }
        return AuditViews.of(action, today());
    }

    /** One finding with its plan. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public AuditViews.FindingView get(long actionId) {
        CorrectiveAction action = visible(actionId);
        return AuditViews.of(action.finding(), action, today());
    }

    /** A supplier's open findings and their plans (a supplier user: only its own). */
    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public List<AuditViews.OpenAction> openOf(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return open("AND f.supplierId = :s", Map.of("s", supplierId));
    }

    /** Every overdue plan still with its supplier, most overdue first (the auditors' to-do list). */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public List<AuditViews.OpenAction> overdue() {
        return open("AND c.dueDate < :today AND c.status IN :withSupplier",
                Map.of("today", today(), "withSupplier", Set.of(CorrectiveActionStatus.OPEN, CorrectiveActionStatus.REJECTED)));
    }

    private List<AuditViews.OpenAction> open(String condition, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT c, s.legalName FROM CorrectiveAction c JOIN c.finding f, Supplier s"
                + " WHERE s.id = f.supplierId AND f.status = :open " + condition + " ORDER BY c.dueDate, f.reference", Object[].class)
                .setParameter("open", Finding.Status.OPEN);
        parameters.forEach(query::setParameter);
        LocalDate today = today();
        return query.getResultStream().map(row -> {
            CorrectiveAction c = (CorrectiveAction) row[0];
            Finding f = c.finding();
            return new AuditViews.OpenAction(c.id(), f.supplierId(), (String) row[1], f.reference(), f.indicatorCode(), f.severity(),
                    f.observation(), c.dueDate(), c.overdueOn(today), c.status());
        }).toList();
    }

    /** Who manages a spend category on the buyer's side: overdue plans of its suppliers are escalated to them. */
    public record CategoryManager(String spendCategory, String name, String email) {
    }

    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<CategoryManager> categoryManagers() {
        return ((List<Object[]>) em.createNativeQuery("SELECT spend_category, name, email FROM category_manager ORDER BY spend_category")
                .getResultList()).stream().map(r -> new CategoryManager((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Sets the category manager of a spend category (admin); audited. */
    @RolesAllowed(ADMIN)
    public CategoryManager setCategoryManager(org.supplieresg.supplier.SpendCategory category, String name, String email) {
        List<org.supplieresg.shared.FieldViolation> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(org.supplieresg.shared.FieldViolation.of("name", "field.required"));
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.strip().length() > 254) {
            problems.add(org.supplieresg.shared.FieldViolation.of("email", "contact.email.invalid", String.valueOf(email)));
        }
        org.supplieresg.shared.InvalidInputException.throwIfAny(problems);
        Map<String, String> before = categoryManagers().stream().filter(m -> m.spendCategory().equals(category.name())).findFirst()
                .map(m -> Map.of("name", m.name(), "email", m.email())).orElse(Map.of());
        em.createNativeQuery("INSERT INTO category_manager (spend_category, name, email) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (spend_category) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email")
                .setParameter(1, category.name()).setParameter(2, name.strip()).setParameter(3, email.strip()).executeUpdate();
        CategoryManager manager = new CategoryManager(category.name(), name.strip(), email.strip());
        auditTrail.updated(new org.supplieresg.audittrail.Auditable() {
            @Override
            public String auditType() {
                return "CategoryManager";
            }

            @Override
            public String auditId() {
                return category.name();
            }

            @Override
            public Map<String, String> auditSnapshot() {
                return Map.of("name", manager.name(), "email", manager.email());
            }
        }, null, before);
        return manager;
    }

    /** Days from the end of an audit to a plan's due date, by severity. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    @SuppressWarnings("unchecked")
    public Map<Severity, Integer> dueDays() {
        Map<Severity, Integer> days = new java.util.EnumMap<>(Severity.class);
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT severity, due_days FROM corrective_action_due").getResultList()) {
            days.put(Severity.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        return days;
    }

    /** Changes the days allowed for one severity (admin), from the next completed audit on; audited. */
    @RolesAllowed(ADMIN)
    public Map<Severity, Integer> setDueDays(Severity severity, int days) {
        if (severity == null || days < 1 || days > 730) {
            throw new org.supplieresg.shared.InvalidInputException(org.supplieresg.shared.FieldViolation.of("days", "cap.dueDays"));
        }
        int before = dueDays().get(severity);
        em.createNativeQuery("UPDATE corrective_action_due SET due_days = ?1 WHERE severity = ?2")
                .setParameter(1, days).setParameter(2, severity.name()).executeUpdate();
        auditTrail.updated(new org.supplieresg.audittrail.Auditable() {
            @Override
            public String auditType() {
                return "CorrectiveActionDue";
            }

            @Override
            public String auditId() {
                return severity.name();
            }

            @Override
            public Map<String, String> auditSnapshot() {
                return Map.of("dueDays", String.valueOf(days));
            }
        }, null, Map.of("dueDays", String.valueOf(before)));
        return dueDays();
    }

    @Schedule(hour = "6", minute = "30")
    @PermitAll
    public void daily() {
        Escalation done = escalate();
        if (done.reminded() + done.escalated() + done.capped() > 0) {
            LOG.info(() -> "corrective actions: " + done);
        }
    }

    /** Runs the escalation now (admin), as the morning job does; each step happens once per plan. */
    @RolesAllowed(ADMIN)
    public Escalation escalate() {
        LocalDate today = today();
        List<CorrectiveAction> late = em.createQuery("SELECT c FROM CorrectiveAction c JOIN FETCH c.finding f"
                        + " WHERE f.status = :open AND c.status IN :withSupplier AND c.dueDate < :today", CorrectiveAction.class)
                .setParameter("open", Finding.Status.OPEN)
                .setParameter("withSupplier", Set.of(CorrectiveActionStatus.OPEN, CorrectiveActionStatus.REJECTED))
                .setParameter("today", today).getResultList();
        int reminded = 0;
        int escalated = 0;
        int capped = 0;
        List<MailsToSend> outgoing = new ArrayList<>();
        for (CorrectiveAction action : late) {
            long daysLate = ChronoUnit.DAYS.between(action.dueDate(), today);
            int level = daysLate >= CAP_DAYS ? 3 : daysLate >= ESCALATE_DAYS ? 2 : 1;
            Map<String, String> before = action.auditSnapshot();
            int from = action.escalationLevel();
            if (!action.escalate(level)) {
                continue;
            }
            em.flush();
            auditTrail.updated(action, action.version(), before);
            Finding finding = action.finding();
            Supplier supplier = em.find(Supplier.class, finding.supplierId());
            String due = action.dueDate().toString();
            if (from < 1) {
                outgoing.add(Notice.to(supplier, "capOverdue", supplier.legalName(), finding.reference(), due));
                reminded++;
            }
            if (level >= 2 && from < 2) {
                outgoing.add(toCategoryManager(supplier, finding, due, daysLate));
                escalated++;
            }
            if (level == 3) {
                rescore(supplier.id());
                capped++;
            }
        }
        mails.fire(MailsToSend.all(outgoing));
        return new Escalation(reminded, escalated, capped);
    }

    /** The escalation mail to the buyer's manager of the supplier's spend category (logged if none is configured). */
    private MailsToSend toCategoryManager(Supplier supplier, Finding finding, String due, long daysLate) {
        @SuppressWarnings("unchecked")
        List<Object[]> managers = em.createNativeQuery("SELECT name, email FROM category_manager WHERE spend_category = ?1")
                .setParameter(1, supplier.spendCategory().name()).getResultList();
        if (managers.isEmpty()) {
            LOG.warning(() -> "no category manager for " + supplier.spendCategory() + ": escalation of " + finding.reference()
                    + " (" + daysLate + " days overdue) is only logged");
            return new MailsToSend(List.of(), List.of());
        }
        Mail text = MailTemplates.render("capEscalated", java.util.Locale.ENGLISH, (String) managers.get(0)[0], supplier.legalName(),
                finding.reference(), finding.severity().name(), due, String.valueOf(daysLate));
        return new MailsToSend(List.of(new Mail((String) managers.get(0)[1], text.subject(), text.body())), List.of());
    }

    private void rescore(long supplierId) {
        scores.latestScoredAssessment(supplierId).ifPresent(scores::refresh);
    }

    private void requireVersion(CorrectiveAction action, long expectedVersion) {
        if (action.version() != expectedVersion) {
            throw new ConcurrentChangeException("Corrective action " + action.finding().reference(), expectedVersion, action.version(),
                    auditTrail.changesSince(action.auditType(), action.auditId(), expectedVersion));
        }
    }

    private CorrectiveAction visible(long actionId) {
        CorrectiveAction action = em.find(CorrectiveAction.class, actionId);
        if (action == null || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(action.finding().supplierId())).isEmpty())) {
            throw new NotFoundException("corrective action", actionId);
        }
        return action;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
