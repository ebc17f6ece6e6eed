package org.supplieresg.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password were checked, so that an integration calling the API
 * with HTTP Basic does not pay a PBKDF2 hash (about 0.1 s of CPU) on every request. Only a keyed HMAC of the
 * password is kept, under a random key that never leaves this JVM. Any change to an account evicts it at once; in a
 * cluster the other nodes forget it when the entry expires.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] passwordMac, Authenticator.Caller caller, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Optional<Authenticator.Caller> lookup(String username, char[] password, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (now.isAfter(entry.expires())) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password)) ? Optional.of(entry.caller()) : Optional.empty();
    }

    void remember(Authenticator.Caller caller, char[] password, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(caller.username(), new Entry(mac(password), caller, now.plus(TIME_TO_LIVE)));
    }

    /** Forgets a user at once: after a password reset, a role change, disabling or unlocking. */
    public void evict(String username) {
        entries.remove(username);
    }

    private byte[] mac(char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
            byte[] result = mac.doFinal(bytes);
            Arrays.fill(bytes, (byte) 0);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
