package org.supplieresg.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.supplieresg.supplier.Contact;
import org.supplieresg.supplier.Supplier;

/**
 * The messages the system sends, in English and Simplified Chinese ({@code mail.properties} bundles of this package),
 * addressed to every contact of the supplier that has an e-mail. A contact has no language of its own: suppliers in
 * mainland China, Hong Kong, Macao and Taiwan get Chinese, the others English.
 */
public final class MailTemplates {

    private static final String BUNDLE = "org.supplieresg.notification.mail";
    private static final Set<String> CHINESE = Set.of("CN", "HK", "MO", "TW");

    private MailTemplates() {
    }

    public static Locale languageOf(Supplier supplier) {
        return CHINESE.contains(supplier.country()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The message {@code key} (subject and body) to every contact of the supplier with an e-mail. */
    public static List<Mail> toContacts(Supplier supplier, String key, Object... arguments) {
        Mail text = render(key, languageOf(supplier), arguments);
        List<Mail> mails = new ArrayList<>();
        for (Contact contact : supplier.contacts()) {
            if (contact.email() != null && !contact.email().isBlank()) {
                mails.add(new Mail(contact.email(), text.subject(), text.body()));
            }
        }
        return mails;
    }

    /** The message {@code key} in {@code locale}, with no recipient. */
    public static Mail render(String key, Locale locale, Object... arguments) {
        Locale language = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
        return new Mail(null, new MessageFormat(bundle.getString(key + ".subject"), language).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), language).format(arguments));
    }
}
