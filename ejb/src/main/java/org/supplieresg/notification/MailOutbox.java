package org.supplieresg.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.supplieresg.platform.ServerName;

/**
 * The mail that changes ask for: kept in the asking transaction (see {@link OutgoingMail}), and sent one message per
 * transaction by {@link MailDispatcher}. Each message is locked while it is sent ({@code FOR UPDATE SKIP LOCKED}), so
 * two servers never send the same one.
 */
@Stateless
@PermitAll
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** Keeps an event's messages in the sender's transaction. */
    public void keep(@Observes MailsToSend request) {
        Instant now = clock.instant();
        request.mails().forEach(mail -> em.persist(new OutgoingMail(mail, now)));
    }

    /** Sends the oldest message that is due, in a transaction of its own; false when none is waiting. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("SELECT id FROM outgoing_mail WHERE sent_at IS NULL AND attempts < ?1 AND next_try_at <= ?2"
                        + " ORDER BY next_try_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, OutgoingMail.MAX_ATTEMPTS).setParameter(2, Timestamp.from(now)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutgoingMail message = em.find(OutgoingMail.class, ((Number) due.get(0)).longValue());
        try {
            mailer.send(message.mail());
            message.sent(ServerName.current(), clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.refused(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
            LOG.warning(() -> "could not send mail " + message.id() + " to " + message.mail().to() + " (attempt " + message.attempts()
                    + ", next at " + message.nextTryAt() + "): " + message.lastError());
        }
        return true;
    }
}
