package org.supplieresg.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/**
 * The first login of a company that a Tier-1 invited into the platform: a supplier admin of that company with a random
 * first password, which the invitation mail carries. Called by the chain cascade once it has checked the inviter.
 */
@Stateless
@RolesAllowed(Role.Names.SUPPLIER)
public class InvitedLogins {

    /** Letters and digits that cannot be mistaken for one another when typed from a mail. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Creates the company's admin login and returns its first password (shown once to the inviter, and mailed). */
    public String createFirstLogin(String username, String displayName, String locale, Supplier company) {
        String name = username == null ? null : username.strip().toLowerCase();
        if (name != null && !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("username", "user.username.taken", name));
        }
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        UserAccount user = UserAccount.create(name, displayName, passwords.hashNew(password), Set.of(Role.SUPPLIER), company, clock.instant());
        user.makeSupplierAdmin(true);
        user.requirePasswordChange(); // it travels by mail: its owner replaces it at the first login
        if (locale != null) {
            user.changeLocale(locale);
        }
        em.persist(user);
        em.flush();
        auditTrail.created(user, user.version());
        return new String(password);
    }
}
