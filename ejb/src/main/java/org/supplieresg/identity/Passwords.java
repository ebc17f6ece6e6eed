package org.supplieresg.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}: HMAC-SHA-512, 210,000 iterations and
 * a 32-byte salt (OWASP password storage guidance, 2023).
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12; // OWASP ASVS 4.0.3, 2.1.1

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody knows, checked for unknown usernames so that timing does not tell who exists. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-never-valid".toCharArray());
    }

    /** Hashes a password chosen by a person, after checking the password policy. */
    public String hashNew(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException(FieldViolation.of("password", "user.password.tooShort", MIN_LENGTH));
        }
        return hash.generate(password);
    }

    /** Hashes a password without the policy check: for demo accounts only. */
    String hashDemo(char[] password) {
        return hash.generate(password);
    }

    boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    void burnTime(char[] password) {
        hash.verify(password, decoy);
    }
}
