package org.supplieresg.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Checks a username and password, counting failures and locking the account after too many. */
@Stateless
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    /** A successful check: the caller's name and roles (which are also its groups). */
    public record Caller(String username, Set<Role> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials verified;

    public Optional<Caller> authenticate(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<Caller> remembered = verified.lookup(name, password, clock.instant());
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.burnTime(password);
            LOG.info(() -> "login failed: unknown user");
            return Optional.empty();
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (!user.canLogIn(now)) {
            passwords.burnTime(password);
            LOG.info(() -> "login refused for " + user.username() + (user.enabled() ? ": locked until " + user.lockedUntil() : ": disabled"));
            return Optional.empty();
        }
        if (!passwords.verify(password, user.passwordHash())) {
            user.recordFailedLogin(now);
            // A wrong password ends the shortcut, so that a lockout also stops the holder of the right one.
            verified.evict(user.username());
            LOG.info(() -> "login failed for " + user.username() + (user.isLocked(now) ? "; account locked until " + user.lockedUntil() : ""));
            return Optional.empty();
        }
        user.recordSuccessfulLogin();
        Caller caller = new Caller(user.username(), user.roles());
        verified.remember(caller, password, now);
        return Optional.of(caller);
    }
}
