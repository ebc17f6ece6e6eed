package org.supplieresg.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/**
 * A person who logs in. A supplier user belongs to exactly one supplier company and has no other role, so that no
 * staff permission can ever reach a supplier's login. Five failed logins lock the account for fifteen minutes.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount implements Auditable {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String ALL = "UserAccount.all";

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";
    public static final Set<String> LOCALES = Set.of("en", "zh-CN");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier company;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "locale", nullable = false)
    private String locale = "en";

    /** The password was chosen by someone else (an invitation's first password): its owner must replace it first. */
    @Column(name = "password_change_due", nullable = false)
    private boolean passwordChangeDue;

    /** A supplier user who may invite and assess the company's own suppliers (the chain cascade). */
    @Column(name = "supplier_admin", nullable = false)
    private boolean supplierAdmin;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the user finished or skipped the first-login guide; null while it is still due. */
    @Column(name = "onboarded_at")
    private Instant onboardedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public static UserAccount create(String username, String displayName, String passwordHash, Set<Role> roles,
                                     Supplier company, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            violations.add(FieldViolation.of("username", "user.username.invalid"));
        }
        violations.addAll(roleViolations(roles, company));
        if (displayName == null || displayName.isBlank()) {
            violations.add(FieldViolation.of("displayName", "field.required"));
        }
        InvalidInputException.throwIfAny(violations);
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = displayName.strip();
        user.passwordHash = Objects.requireNonNull(passwordHash);
        user.roles = EnumSet.copyOf(roles);
        user.company = company;
        user.createdAt = now;
        return user;
    }

    static List<FieldViolation> roleViolations(Set<Role> roles, Supplier company) {
        if (roles == null || roles.isEmpty()) {
            return List.of(FieldViolation.of("roles", "user.roles.required"));
        }
        if (roles.contains(Role.SUPPLIER) && roles.size() > 1) {
            return List.of(FieldViolation.of("roles", "user.roles.supplierExclusive"));
        }
        if (roles.contains(Role.SUPPLIER) && company == null) {
            return List.of(FieldViolation.of("company", "user.company.requiredForSupplier"));
        }
        if (!roles.contains(Role.SUPPLIER) && company != null) {
            return List.of(FieldViolation.of("company", "user.company.onlyForSupplier"));
        }
        return List.of();
    }

    public void assignRoles(Set<Role> newRoles, Supplier newCompany) {
        InvalidInputException.throwIfAny(roleViolations(newRoles, newCompany));
        this.roles = EnumSet.copyOf(newRoles);
        this.company = newCompany;
        if (newCompany == null) {
            this.supplierAdmin = false;
        }
    }

    /** Makes a supplier user its company's admin, or takes that back; staff accounts cannot be supplier admins. */
    public void makeSupplierAdmin(boolean on) {
        if (on && company == null) {
            throw new InvalidInputException(FieldViolation.of("supplierAdmin", "user.supplierAdmin.supplierOnly"));
        }
        this.supplierAdmin = on;
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangeDue = false;
        unlock();
    }

    /** Marks the current password as one its owner did not choose: it must be changed before anything else. */
    public void requirePasswordChange() {
        this.passwordChangeDue = true;
    }

    public void changeLocale(String newLocale) {
        if (newLocale == null || !LOCALES.contains(newLocale)) {
            throw new InvalidInputException(FieldViolation.of("locale", "user.locale.unknown", String.valueOf(newLocale)));
        }
        this.locale = newLocale;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the fifth in a row locks the account for {@link #LOCKOUT}. */
    public void recordFailedLogin(Instant now) {
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Whether the first-login guide still opens after login: for supplier users who neither finished nor skipped it. */
    public boolean onboardingDue() {
        return roles.contains(Role.SUPPLIER) && onboardedAt == null;
    }

    /** The user finished or skipped the guide; the first time counts, so that reopening it from the menu changes nothing. */
    public void completeOnboarding(Instant at) {
        if (onboardedAt == null) {
            onboardedAt = Objects.requireNonNull(at);
        }
    }

    /** May this account log in now with a correct password? */
    public boolean canLogIn(Instant now) {
        return enabled && !isLocked(now);
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public String auditId() {
        return username;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", displayName);
        fields.put("roles", String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList())));
        fields.put("company", company == null ? null : String.valueOf(company.id()));
        fields.put("locale", locale);
        fields.put("supplierAdmin", String.valueOf(supplierAdmin));
        fields.put("passwordChangeDue", String.valueOf(passwordChangeDue));
        fields.put("enabled", String.valueOf(enabled));
        fields.put("onboardedAt", onboardedAt == null ? null : onboardedAt.toString());
        // The hash itself never goes into the trail; a change shows as a new fingerprint.
        fields.put("password", passwordHash == null ? null : "changed (" + Integer.toHexString(passwordHash.hashCode()) + ")");
        return fields;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Supplier company() {
        return company;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String locale() {
        return locale;
    }

    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    public boolean supplierAdmin() {
        return supplierAdmin;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant onboardedAt() {
        return onboardedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }
}
