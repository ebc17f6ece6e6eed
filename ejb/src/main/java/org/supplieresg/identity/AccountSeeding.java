package org.supplieresg.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.supplier.Supplier;

/** Creates accounts at startup (demo logins), bypassing the password policy; never reachable from the web. */
@Stateless
public class AccountSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /**
     * Creates the first admin of an empty installation from {@code ADMIN_INITIAL_PASSWORD}, so that someone can log in
     * and create the real accounts. Does nothing once any admin exists.
     *
     * @return true if the account was created
     */
    public boolean ensureFirstAdmin(char[] initialPassword) {
        if (initialPassword == null || hasAdmin()) {
            return false;
        }
        boolean taken = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", "admin").getResultStream().findAny().isPresent();
        UserAccount admin = UserAccount.create(taken ? "first-admin" : "admin", "Administrator",
                passwords.hashNew(initialPassword), Set.of(Role.ADMIN), null, clock.instant());
        em.persist(admin);
        em.flush();
        auditTrail.created(admin, admin.version());
        return true;
    }

    /** Whether any account can administer the installation. */
    public boolean hasAdmin() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }

    /** Creates the account unless one with this username exists; an existing account is left as it is. */
    public void ensureAccount(String username, String displayName, char[] password, Role role, Long companyId) {
        boolean exists = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findAny().isPresent();
        if (exists) {
            return;
        }
        Supplier company = companyId == null ? null : em.find(Supplier.class, companyId);
        UserAccount user = UserAccount.create(username, displayName, passwords.hashDemo(password), Set.of(role), company, clock.instant());
        if (company != null && !Accounts.companyHasAdmin(em, company)) {
            user.makeSupplierAdmin(true);
        }
        // Demo users stand for people who have worked with the platform for a while: no first-login guide (it stays in the menu).
        user.completeOnboarding(clock.instant());
        em.persist(user);
        em.flush();
        auditTrail.created(user, user.version());
    }
}
