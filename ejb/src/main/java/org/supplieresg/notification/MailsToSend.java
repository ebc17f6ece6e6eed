package org.supplieresg.notification;

import java.util.Collection;
import java.util.List;

/**
 * Messages a transaction wants sent once it has committed (never for work that was rolled back), and the notices they
 * carry, which the supplier's inbox keeps in the same transaction.
 */
public record MailsToSend(List<Mail> mails, List<Notice> notices) {

    public MailsToSend {
        mails = List.copyOf(mails);
        notices = List.copyOf(notices);
    }

    public static MailsToSend all(Collection<MailsToSend> parts) {
        return new MailsToSend(parts.stream().flatMap(p -> p.mails().stream()).toList(),
                parts.stream().flatMap(p -> p.notices().stream()).toList());
    }
}
