package org.supplieresg.notification;

import java.util.List;
import java.util.Locale;
import org.supplieresg.supplier.Supplier;

/**
 * A message to a supplier company: the template and its arguments. It is mailed to the company's contacts in their
 * language and kept in the company's inbox, where each reader sees it in their own.
 */
public record Notice(long supplierId, String template, List<String> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    /** The notice and its mails, to fire as one event. */
    public static MailsToSend to(Supplier supplier, String template, String... arguments) {
        return new MailsToSend(MailTemplates.toContacts(supplier, template, (Object[]) arguments),
                List.of(new Notice(supplier.id(), template, List.of(arguments))));
    }

    /** Subject and body in {@code locale}. */
    public Mail render(Locale locale) {
        return MailTemplates.render(template, locale, arguments.toArray());
    }
}
