package org.supplieresg.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one message to the mail server configured from the environment (MAIL_HOST, MAIL_PORT, MAIL_FROM,
 * MAIL_USERNAME, MAIL_PASSWORD, MAIL_STARTTLS); without MAIL_HOST, as in the one-command run, messages are only written
 * to the server log. Changes never call it directly: they queue their mail in {@link MailOutbox}.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "supplier-esg@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.starttls", defaultValue = "false")
    boolean starttls;

    /** Sends the message, or throws when the mail server refuses it or cannot be reached. */
    void send(Mail mail) throws MessagingException {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "mail (log only, MAIL_HOST not set) to " + mail.to() + ": " + mail.subject() + "\n" + mail.body());
            return;
        }
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            Transport.send(message, username.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(username.filter(u -> !u.isBlank()).isPresent()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        return Session.getInstance(properties);
    }
}
