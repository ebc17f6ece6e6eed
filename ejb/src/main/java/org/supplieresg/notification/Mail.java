package org.supplieresg.notification;

/** One message to one recipient, already in the recipient's language. */
public record Mail(String to, String subject, String body) {
}
