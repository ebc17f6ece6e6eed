package org.supplieresg.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import org.supplieresg.identity.Role;

/**
 * The caller's roles for the pages ({@code #{role.supplier}}), each asked of the container once per request: the
 * layout and the home page decide some thirty times per page what to show, and every {@code request.isUserInRole}
 * is a full authorization-policy check.
 */
@Named("role")
@RequestScoped
public class Roles {

    @Inject
    HttpServletRequest request;

    private final Map<Role, Boolean> held = new EnumMap<>(Role.class);

    private boolean has(Role role) {
        return held.computeIfAbsent(role, r -> request.isUserInRole(r.name()));
    }

    public boolean isSupplier() { return has(Role.SUPPLIER); }
    public boolean isProcurement() { return has(Role.PROCUREMENT); }
    public boolean isAdmin() { return has(Role.ADMIN); }
    public boolean isAuditor() { return has(Role.AUDITOR); }
    public boolean isOfficer() { return has(Role.SUSTAINABILITY_OFFICER); }
}
