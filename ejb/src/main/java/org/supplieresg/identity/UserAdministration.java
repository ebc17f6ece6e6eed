package org.supplieresg.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/** What an admin does with accounts: create, assign roles, reset passwords, unlock, disable. Every change is audited. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials verified;

    public List<UserView> list() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultStream().map(UserView::of).toList();
    }

    public UserView create(String username, String displayName, char[] password, Set<Role> roles, Long companyId) {
        String name = username == null ? null : username.strip().toLowerCase();
        if (name != null && findByUsername(name) != null) {
            throw new InvalidInputException(FieldViolation.of("username", "user.username.taken", name));
        }
        String hash = passwords.hashNew(password);
        Supplier company = company(companyId);
        UserAccount user = UserAccount.create(name, displayName, hash, roles, company, clock.instant());
        if (company != null && !Accounts.companyHasAdmin(em, company)) {
            user.makeSupplierAdmin(true); // the first login of a company administers it
        }
        em.persist(user);
        em.flush();
        auditTrail.created(user, user.version());
        return UserView.of(user);
    }

    public UserView assignRoles(String username, Set<Role> roles, Long companyId) {
        UserAccount user = get(username);
        Map<String, String> before = user.auditSnapshot();
        user.assignRoles(roles, company(companyId));
        return audited(user, before);
    }

    /** Names a supplier user its company's admin (who may invite and assess the company's own suppliers), or not. */
    public UserView setSupplierAdmin(String username, boolean on) {
        UserAccount user = get(username);
        Map<String, String> before = user.auditSnapshot();
        user.makeSupplierAdmin(on);
        return audited(user, before);
    }

    public UserView resetPassword(String username, char[] newPassword) {
        UserAccount user = get(username);
        Map<String, String> before = user.auditSnapshot();
        user.changePassword(passwords.hashNew(newPassword));
        return audited(user, before);
    }

    public UserView setEnabled(String username, boolean enabled) {
        UserAccount user = get(username);
        if (!enabled && currentUser.username().filter(username::equals).isPresent()) {
            throw new InvalidInputException(FieldViolation.of("enabled", "user.cannotDisableSelf"));
        }
        Map<String, String> before = user.auditSnapshot();
        user.enable(enabled);
        return audited(user, before);
    }

    public UserView unlock(String username) {
        UserAccount user = get(username);
        user.unlock();
        verified.evict(username);
        return UserView.of(user);
    }

    /**
     * Any logged-in user replaces their own password, giving the current one (so that an unattended session cannot
     * take the account over); the new one follows the password policy and differs from the current one.
     */
    @PermitAll
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        UserAccount managed = get(currentUser.username().orElseThrow(() -> new NotFoundException("user", "current")));
        if (currentPassword == null || !passwords.verify(currentPassword, managed.passwordHash())) {
            throw new InvalidInputException(FieldViolation.of("currentPassword", "user.password.currentWrong"));
        }
        if (newPassword != null && java.util.Arrays.equals(currentPassword, newPassword)) {
            throw new InvalidInputException(FieldViolation.of("newPassword", "user.password.unchanged"));
        }
        Map<String, String> before = managed.auditSnapshot();
        managed.changePassword(passwords.hashNew(newPassword));
        audited(managed, before);
    }

    /** Any logged-in user chooses the language of their screens. */
    @PermitAll
    public void changeOwnLocale(String locale) {
        UserAccount managed = get(currentUser.username().orElseThrow(() -> new NotFoundException("user", "current")));
        Map<String, String> before = managed.auditSnapshot();
        managed.changeLocale(locale);
        audited(managed, before);
    }

    private UserView audited(UserAccount user, Map<String, String> before) {
        verified.evict(user.username());
        em.flush();
        auditTrail.updated(user, user.version(), before);
        return UserView.of(user);
    }

    private Supplier company(Long companyId) {
        if (companyId == null) {
            return null;
        }
        Supplier company = em.find(Supplier.class, companyId);
        if (company == null) {
            throw new InvalidInputException(FieldViolation.of("company", "user.company.unknown", companyId));
        }
        return company;
    }

    private UserAccount findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }

    private UserAccount get(String username) {
        UserAccount user = findByUsername(username);
        if (user == null) {
            throw new NotFoundException("user", username);
        }
        return user;
    }
}
