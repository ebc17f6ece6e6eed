package org.supplieresg.notification;

import java.util.List;

/** Messages a transaction wants sent once it has committed (never for work that was rolled back). */
public record MailsToSend(List<Mail> mails) {
    public MailsToSend {
        mails = List.copyOf(mails);
    }
}
