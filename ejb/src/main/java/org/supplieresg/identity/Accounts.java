package org.supplieresg.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks accounts up for {@link CurrentUser}; an EJB so that callers in the web module reach the persistence unit. */
@Stateless
@PermitAll
public class Accounts {

    /** What the rest of the request needs to know about the caller. */
    public record Caller(String username, String displayName, String locale, Long companyId, String companyName,
                         boolean onboardingDue) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Caller> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(u -> new Caller(u.username(), u.displayName(), u.locale(),
                        u.company() == null ? null : u.company().id(), u.company() == null ? null : u.company().legalName(),
                        u.onboardingDue()));
    }

    /** Whether an enabled account with this username holds the role. */
    public boolean hasRole(String username, Role role) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(u -> u.enabled() && u.roles().contains(role)).isPresent();
    }
}
