package org.supplieresg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final Authenticator.Caller buyer = new Authenticator.Caller("buyer", Set.of(Role.PROCUREMENT));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void remembersTheRightPasswordOnly() {
        verified.remember(buyer, "correct horse".toCharArray(), now);
        assertThat(verified.lookup("buyer", "correct horse".toCharArray(), now)).contains(buyer);
        assertThat(verified.lookup("buyer", "correct horsE".toCharArray(), now)).isEmpty();
        assertThat(verified.lookup("officer", "correct horse".toCharArray(), now)).isEmpty();
    }

    @Test
    void forgetsAfterFiveMinutesOrWhenEvicted() {
        verified.remember(buyer, "pw".toCharArray(), now);
        assertThat(verified.lookup("buyer", "pw".toCharArray(), now.plus(VerifiedCredentials.TIME_TO_LIVE))).isPresent();
        assertThat(verified.lookup("buyer", "pw".toCharArray(), now.plus(VerifiedCredentials.TIME_TO_LIVE).plusSeconds(1))).isEmpty();

        verified.remember(buyer, "pw".toCharArray(), now);
        verified.evict("buyer");
        assertThat(verified.lookup("buyer", "pw".toCharArray(), now)).isEmpty();
    }
}
