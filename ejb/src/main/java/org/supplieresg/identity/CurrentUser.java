package org.supplieresg.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The person behind the current request, and the supplier company they belong to if they are a supplier user. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    private UserAccount account;

    public Optional<String> username() {
        Principal principal = securityContext.getCallerPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    public boolean isSupplierUser() {
        return hasRole(Role.SUPPLIER);
    }

    /** The supplier company of a supplier user; empty for staff. */
    public Optional<Long> companyId() {
        return account().map(UserAccount::company).map(c -> c.id());
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            account = username().flatMap(name -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", name).getResultStream().findFirst()).orElse(null);
        }
        return Optional.ofNullable(account);
    }
}
