package org.supplieresg.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.supplieresg.supplier.Supplier;
import java.util.Optional;

/** Looks accounts up for {@link CurrentUser}; an EJB so that callers in the web module reach the persistence unit. */
@Stateless
@PermitAll
public class Accounts {

    /** What the rest of the request needs to know about the caller. */
    public record Caller(String username, String displayName, String locale, Long companyId, String companyName,
                         boolean supplierAdmin, boolean onboardingDue, boolean passwordChangeDue) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Caller> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(u -> new Caller(u.username(), u.displayName(), u.locale(),
                        u.company() == null ? null : u.company().id(), u.company() == null ? null : u.company().legalName(),
                        u.supplierAdmin(), u.onboardingDue(), u.passwordChangeDue()));
    }

    /**
     * Whether the buyer's staff may see this supplier's results: not those of a Tier-2 that a Tier-1 invited until it
     * consents (see {@link org.supplieresg.supplier.Supplier#resultsVisibleTo}). Unknown ids pass, callers report them.
     */
    public boolean hiddenFromStaff(long supplierId) {
        Supplier supplier = em.find(Supplier.class, supplierId);
        return supplier != null && !supplier.resultsVisibleTo(null);
    }

    static boolean companyHasAdmin(EntityManager em, Supplier company) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.company = :c AND u.supplierAdmin = TRUE", Long.class)
                .setParameter("c", company).getSingleResult() > 0;
    }

    /** Whether an enabled account with this username holds the role. */
    public boolean hasRole(String username, Role role) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(u -> u.enabled() && u.roles().contains(role)).isPresent();
    }
}
