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

    /** Creates the account unless one with this username exists; an existing account is left as it is. */
    public void ensureAccount(String username, String displayName, char[] password, Role role, Long companyId) {
        boolean exists = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findAny().isPresent();
        if (exists) {
            return;
        }
        Supplier company = companyId == null ? null : em.find(Supplier.class, companyId);
        UserAccount user = UserAccount.create(username, displayName, passwords.hashDemo(password), Set.of(role), company, clock.instant());
        em.persist(user);
        em.flush();
        auditTrail.created(user, user.version());
    }
}
