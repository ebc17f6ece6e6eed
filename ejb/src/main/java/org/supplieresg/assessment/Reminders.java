package org.supplieresg.assessment;

import static org.supplieresg.identity.Role.Names.ADMIN;

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
import org.supplieresg.evidence.Evidence;
import org.supplieresg.notification.Notice;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.supplier.Supplier;

/**
 * Every morning: a reminder to suppliers whose questionnaire is due in 7 days and not submitted, and to suppliers whose
 * evidence expires in 60, 30 or 7 days (the latest version of each document). Each reminder is due on one day only,
 * so that a day's run sends it once.
 */
@Stateless
public class Reminders {

    /** What a run sent. */
    public record Result(int deadlineReminders, int expiryReminders, int mails) {
    }

    static final int DEADLINE_DAYS = 7;
    static final List<Integer> EXPIRY_DAYS = List.of(60, 30, 7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailsToSend> mails;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "0")
    @PermitAll
    public void daily() {
        run();
    }

    /** Sends today's reminders now (admin), as the morning job does. */
    @RolesAllowed(ADMIN)
    public Result run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<MailsToSend> outgoing = new ArrayList<>();
        List<Assessment> due = em.createQuery("SELECT a FROM Assessment a JOIN FETCH a.campaign c JOIN FETCH a.supplier"
                        + " WHERE a.status = :open AND c.status = :running AND c.deadline = :day", Assessment.class)
                .setParameter("open", AssessmentStatus.IN_PROGRESS).setParameter("running", CampaignStatus.OPEN)
                .setParameter("day", today.plusDays(DEADLINE_DAYS)).getResultList();
        for (Assessment a : due) {
            AssessmentSummary progress = Progress.of(em, a);
            outgoing.add(Notice.to(a.supplier(), "deadline", a.supplier().legalName(), a.campaign().name(),
                    a.campaign().deadline().toString(), String.valueOf(progress.answered()), String.valueOf(progress.answerable())));
        }
        List<LocalDate> days = EXPIRY_DAYS.stream().map(today::plusDays).toList();
        List<Evidence> expiring = em.createQuery("SELECT e FROM Evidence e WHERE e.validTo IN :days AND e.versionNo ="
                        + " (SELECT MAX(v.versionNo) FROM Evidence v WHERE v.documentId = e.documentId)", Evidence.class)
                .setParameter("days", days).getResultList();
        for (Evidence e : expiring) {
            Supplier supplier = em.find(Supplier.class, e.supplierId());
            outgoing.add(Notice.to(supplier, "expiring", supplier.legalName(), e.fileName(),
                    e.validTo().toString(), String.valueOf(ChronoUnit.DAYS.between(today, e.validTo()))));
        }
        MailsToSend all = MailsToSend.all(outgoing);
        mails.fire(all);
        return new Result(due.size(), expiring.size(), all.mails().size());
    }
}
