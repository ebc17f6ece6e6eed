package org.supplieresg.identity;

import java.time.Instant;
import java.util.Set;

/** A user account as the admin screens and the API show it: never the password hash. */
public record UserView(Long id, String username, String displayName, Set<Role> roles, Long companyId, boolean supplierAdmin,
                       String companyName, String locale, boolean enabled, Instant lockedUntil, long version) {

    static UserView of(UserAccount u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.roles(),
                u.company() == null ? null : u.company().id(), u.supplierAdmin(), u.company() == null ? null : u.company().legalName(),
                u.locale(), u.enabled(), u.lockedUntil(), u.version());
    }
}
