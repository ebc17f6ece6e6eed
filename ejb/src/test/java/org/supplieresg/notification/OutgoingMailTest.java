package org.supplieresg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant QUEUED = Instant.parse("2026-11-27T06:00:00Z");

    @Test
    void aMessageIsSentOnceAndSaysByWhichServer() {
        OutgoingMail mail = new OutgoingMail(new Mail("esg@supplier.example", "Reminder", "Body"), QUEUED);
        mail.sent("instance-1", QUEUED.plusSeconds(3));

        assertThat(mail.sentBy()).isEqualTo("instance-1");
        assertThat(mail.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> mail.sent("instance-2", QUEUED.plusSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already sent by instance-1");
        assertThat(mail.sentBy()).isEqualTo("instance-1");
    }

    @Test
    void aRefusedMessageIsTriedAgainLessOftenEachTimeAndKeepsItsLastError() {
        OutgoingMail mail = new OutgoingMail(new Mail("esg@supplier.example", "Reminder", "Body"), QUEUED);
        assertThat(mail.nextTryAt()).isEqualTo(QUEUED);

        mail.refused("Connection refused", QUEUED);
        assertThat(mail.nextTryAt()).isEqualTo(QUEUED.plusSeconds(60));
        mail.refused("Connection refused", QUEUED);
        assertThat(mail.nextTryAt()).isEqualTo(QUEUED.plusSeconds(120));
        mail.refused("550 mailbox unavailable", QUEUED);
        assertThat(mail.nextTryAt()).isEqualTo(QUEUED.plusSeconds(240));

        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.lastError()).isEqualTo("550 mailbox unavailable");
        assertThat(mail.sentAt()).isNull();

        mail.sent("instance-1", QUEUED.plusSeconds(300));
        assertThat(mail.lastError()).isNull();
    }
}
