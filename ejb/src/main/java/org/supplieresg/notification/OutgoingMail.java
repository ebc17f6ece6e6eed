package org.supplieresg.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A message waiting to be sent, or sent: sent at most once, tried again later when the mail server refuses it. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    /** After this many refusals the message is no longer tried; its last error stays for the administrator. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(Mail mail, Instant at) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.queuedAt = at;
        this.nextTryAt = at;
    }

    Mail mail() {
        return new Mail(recipient, subject, body);
    }

    void sent(String server, Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("mail " + id + " was already sent by " + sentBy);
        }
        attempts++;
        sentAt = at;
        sentBy = server;
        lastError = null;
    }

    /** The mail server refused it: tried again after 1, 2, 4 ... minutes. */
    void refused(String error, Instant at) {
        attempts++;
        lastError = error;
        nextTryAt = at.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10)));
    }

    public Long id() { return id; }
    public int attempts() { return attempts; }
    public Instant nextTryAt() { return nextTryAt; }
    public String lastError() { return lastError; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
}
