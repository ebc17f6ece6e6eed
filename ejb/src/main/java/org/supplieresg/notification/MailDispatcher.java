package org.supplieresg.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every five seconds, sends the mail that is waiting. The timer is persistent: in a Payara deployment group it fires on
 * one instance only and moves to another when that one stops (README, "Scale-out"); the row locks of
 * {@link MailOutbox#sendNext()} would keep a message from leaving twice even if two servers ran it.
 */
@Singleton
@PermitAll
public class MailDispatcher {

    /** At most this many per run, so that one run never holds the timer for long; the rest go five seconds later. */
    static final int PER_RUN = 500;

    @Inject
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/5", info = "send waiting mail")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendWaiting() {
        for (int sent = 0; sent < PER_RUN && outbox.sendNext(); sent++) {
            // each message in its own transaction
        }
    }
}
