package org.supplieresg.notification;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.supplieresg.identity.CurrentUser;

/**
 * A supplier company's inbox: every notice sent to it, newest first, kept in the transaction that sent it (so a
 * rolled-back change leaves no message) and shown in the reader's language.
 */
@Stateless
public class Inbox {

    /** A message as a reader sees it. */
    public record MessageView(long id, Instant sentAt, String template, String subject, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Keeps the notices of an event in the sender's transaction. */
    public void keep(@Observes MailsToSend request) {
        Instant now = clock.instant();
        request.notices().forEach(n -> em.persist(new SupplierMessage(n, now)));
    }

    /** The latest messages of a company (a supplier user: only its own). */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<MessageView> latest(long supplierId, int max, Locale locale) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT m FROM SupplierMessage m WHERE m.supplierId = :s ORDER BY m.sentAt DESC, m.id DESC", SupplierMessage.class)
                .setParameter("s", supplierId).setMaxResults(max).getResultStream()
                .map(m -> {
                    Notice notice = m.notice();
                    Mail text = notice.render(locale);
                    return new MessageView(m.id(), m.sentAt(), notice.template(), text.subject(), text.body());
                }).toList();
    }
}
