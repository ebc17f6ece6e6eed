package org.supplieresg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.supplier.SupplierStatus;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaGhhc2hoYXNo";

    private static Supplier company() {
        SupplierProfile profile = new SupplierProfile("Ganfeng Lithium Co., Ltd.", null, "CN", null,
                IndustryScheme.NAICS, "325180", SpendCategory.LITHIUM, new BigDecimal("1000"), "USD",
                ChainTier.TIER_1, null, SupplierStatus.ACTIVE, List.of());
        return Supplier.register(profile, null, T0);
    }

    private static UserAccount staff() {
        return UserAccount.create("wang.fang", "Wang Fang", HASH, EnumSet.of(Role.PROCUREMENT), null, T0);
    }

    private static List<FieldViolation> violationsOfCreate(String username, Set<Role> roles, Supplier company) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> UserAccount.create(username, "Someone", HASH, roles, company, T0));
        assertThat(e).as("InvalidInputException").isNotNull();
        return e.violations();
    }

    private static void failLogins(UserAccount user, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(at.plusSeconds(i));
        }
    }

    @Test
    void createsAStaffUserAndASupplierUser() {
        UserAccount staff = UserAccount.create("wang.fang", " Wang Fang ", HASH,
                EnumSet.of(Role.PROCUREMENT, Role.AUDITOR), null, T0);
        Supplier company = company();
        UserAccount supplierUser = UserAccount.create("ganfeng-sales_1", "Li Wei", HASH, Set.of(Role.SUPPLIER),
                company, T0);

        assertThat(staff.username()).isEqualTo("wang.fang");
        assertThat(staff.displayName()).isEqualTo("Wang Fang");
        assertThat(staff.roles()).containsExactlyInAnyOrder(Role.PROCUREMENT, Role.AUDITOR);
        assertThat(staff.company()).isNull();
        assertThat(staff.locale()).isEqualTo("en");
        assertThat(staff.enabled()).isTrue();
        assertThat(staff.canLogIn(T0)).isTrue();
        assertThat(supplierUser.roles()).containsExactly(Role.SUPPLIER);
        assertThat(supplierUser.company()).isSameAs(company);
    }

    @Test
    void rejectsAnInvalidUsername() {
        assertThat(violationsOfCreate("A b", EnumSet.of(Role.ADMIN), null))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("username", "user.username.invalid"));
        assertThat(violationsOfCreate("ab", EnumSet.of(Role.ADMIN), null))
                .extracting(FieldViolation::field)
                .containsExactly("username");
    }

    @Test
    void rejectsEmptyRoles() {
        assertThat(violationsOfCreate("wang.fang", EnumSet.noneOf(Role.class), null))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("roles", "user.roles.required"));
    }

    @Test
    void rejectsSupplierCombinedWithAnotherRole() {
        assertThat(violationsOfCreate("li.wei", EnumSet.of(Role.SUPPLIER, Role.AUDITOR), company()))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("roles", "user.roles.supplierExclusive"));
    }

    @Test
    void rejectsASupplierUserWithoutCompany() {
        assertThat(violationsOfCreate("li.wei", EnumSet.of(Role.SUPPLIER), null))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("company", "user.company.requiredForSupplier"));
    }

    @Test
    void rejectsAStaffUserWithACompany() {
        assertThat(violationsOfCreate("wang.fang", EnumSet.of(Role.PROCUREMENT), company()))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("company", "user.company.onlyForSupplier"));
    }

    @Test
    void reportsAllCreateProblemsAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> UserAccount.create("A b", " ", HASH, Set.of(), null, T0));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(
                        tuple("username", "user.username.invalid"),
                        tuple("roles", "user.roles.required"),
                        tuple("displayName", "field.required"));
    }

    @Test
    void assignRolesKeepsTheSupplierRuleAndChangesNothingWhenBroken() {
        UserAccount user = staff();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> user.assignRoles(EnumSet.of(Role.SUPPLIER, Role.ADMIN), company()));

        assertThat(e).isNotNull();
        assertThat(user.roles()).containsExactly(Role.PROCUREMENT);
        assertThat(user.company()).isNull();
    }

    @Test
    void fourFailedLoginsDoNotLockTheFifthLocksForExactly15Minutes() {
        UserAccount user = staff();
        failLogins(user, 4, T0);

        assertThat(user.isLocked(T0.plusSeconds(10))).isFalse();
        assertThat(user.lockedUntil()).isNull();
        assertThat(user.canLogIn(T0.plusSeconds(10))).isTrue();

        Instant fifth = T0.plusSeconds(60);
        user.recordFailedLogin(fifth);

        assertThat(user.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(user.isLocked(fifth)).isTrue();
        assertThat(user.canLogIn(fifth)).isFalse();
        assertThat(user.canLogIn(fifth.plus(Duration.ofMinutes(15)).minusNanos(1))).isFalse();
        assertThat(user.canLogIn(fifth.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(user.isLocked(fifth.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        UserAccount user = staff();
        failLogins(user, 5, T0);
        Instant until = user.lockedUntil();

        failLogins(user, 5, T0.plus(Duration.ofMinutes(5)));

        assertThat(user.lockedUntil()).isEqualTo(until);
    }

    @Test
    void afterTheLockExpiresItTakesFiveNewFailuresToLockAgain() {
        UserAccount user = staff();
        failLogins(user, 5, T0);
        Instant later = T0.plus(Duration.ofHours(1));

        failLogins(user, 4, later);
        assertThat(user.isLocked(later.plusSeconds(10))).isFalse();

        user.recordFailedLogin(later.plusSeconds(20));
        assertThat(user.isLocked(later.plusSeconds(20))).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCounter() {
        UserAccount user = staff();
        failLogins(user, 4, T0);
        user.recordSuccessfulLogin();
        failLogins(user, 4, T0.plusSeconds(30));

        assertThat(user.isLocked(T0.plusSeconds(40))).isFalse();
        assertThat(user.canLogIn(T0.plusSeconds(40))).isTrue();
    }

    @Test
    void changingThePasswordUnlocks() {
        UserAccount user = staff();
        failLogins(user, 5, T0);
        assertThat(user.canLogIn(T0.plusSeconds(10))).isFalse();

        user.changePassword("PBKDF2WithHmacSHA256:210000:bmV3:bmV3aGFzaA==");

        assertThat(user.canLogIn(T0.plusSeconds(10))).isTrue();
        assertThat(user.lockedUntil()).isNull();
        assertThat(user.passwordHash()).isEqualTo("PBKDF2WithHmacSHA256:210000:bmV3:bmV3aGFzaA==");
    }

    @Test
    void unlockLiftsTheLock() {
        UserAccount user = staff();
        failLogins(user, 5, T0);

        user.unlock();

        assertThat(user.canLogIn(T0.plusSeconds(10))).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        UserAccount user = staff();

        user.enable(false);
        assertThat(user.canLogIn(T0)).isFalse();

        user.enable(true);
        assertThat(user.canLogIn(T0)).isTrue();
    }

    @Test
    void changeLocaleAcceptsEnglishAndSimplifiedChinese() {
        UserAccount user = staff();

        user.changeLocale("zh-CN");
        assertThat(user.locale()).isEqualTo("zh-CN");

        user.changeLocale("en");
        assertThat(user.locale()).isEqualTo("en");
    }

    @Test
    void changeLocaleRejectsOtherLanguages() {
        UserAccount user = staff();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> user.changeLocale("fr"));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("locale", "user.locale.unknown", List.of("fr")));
        assertThat(user.locale()).isEqualTo("en");
    }

    @Test
    void auditSnapshotNeverContainsThePasswordHash() {
        UserAccount user = staff();
        String before = user.auditSnapshot().get("password");

        assertThat(user.auditSnapshot()).containsOnlyKeys("displayName", "roles", "company", "locale", "supplierAdmin", "passwordChangeDue", "enabled",
                "onboardedAt", "password");
        assertThat(user.auditSnapshot().values()).noneMatch(v -> v != null && v.contains(HASH));
        assertThat(user.auditSnapshot().toString()).doesNotContain(HASH);

        user.changePassword("another-hash-value");

        assertThat(user.auditSnapshot().toString()).doesNotContain("another-hash-value");
        assertThat(user.auditSnapshot().get("password")).isNotEqualTo(before);
    }

    @Test
    void auditSnapshotListsSortedRolesAndTheAccountState() {
        UserAccount user = UserAccount.create("wang.fang", "Wang Fang", HASH,
                EnumSet.of(Role.SUSTAINABILITY_OFFICER, Role.ADMIN, Role.AUDITOR), null, T0);
        user.enable(false);
        user.changeLocale("zh-CN");

        assertThat(user.auditSnapshot())
                .containsEntry("displayName", "Wang Fang")
                .containsEntry("roles", "ADMIN,AUDITOR,SUSTAINABILITY_OFFICER")
                .containsEntry("company", null)
                .containsEntry("locale", "zh-CN")
                .containsEntry("enabled", "false");
        assertThat(user.auditId()).isEqualTo("wang.fang");
        assertThat(user.auditType()).isEqualTo("UserAccount");
    }

    @Test
    void onlyASupplierUserCanBeItsCompanysSupplierAdminAndLosesItWithItsCompany() {
        assertThatThrownBy(() -> staff().makeSupplierAdmin(true)).isInstanceOf(InvalidInputException.class);
        UserAccount supplier = UserAccount.create("li.na", "Li Na", HASH, EnumSet.of(Role.SUPPLIER), company(), T0);
        assertThat(supplier.supplierAdmin()).isFalse();

        supplier.makeSupplierAdmin(true);
        assertThat(supplier.supplierAdmin()).isTrue();
        assertThat(supplier.auditSnapshot()).containsEntry("supplierAdmin", "true");

        supplier.assignRoles(EnumSet.of(Role.AUDITOR), null);
        assertThat(supplier.supplierAdmin()).isFalse();
    }

    @Test
    void theFirstLoginGuideIsDueForANewSupplierUserUntilFinishedOrSkippedAndNeverForStaff() {
        UserAccount supplierUser = UserAccount.create("xinyuan-ehs", "Li Na", HASH, Set.of(Role.SUPPLIER), company(), T0);
        assertThat(supplierUser.onboardingDue()).isTrue();
        assertThat(staff().onboardingDue()).isFalse();

        supplierUser.completeOnboarding(T0.plusSeconds(60));
        supplierUser.completeOnboarding(T0.plusSeconds(600));

        assertThat(supplierUser.onboardingDue()).isFalse();
        assertThat(supplierUser.onboardedAt()).as("the first time counts").isEqualTo(T0.plusSeconds(60));
        assertThat(supplierUser.auditSnapshot()).containsEntry("onboardedAt", T0.plusSeconds(60).toString());
    }

    @Test
    void aPasswordSomeoneElseChoseMustBeReplacedAndAnyNewPasswordEndsThat() {
        UserAccount invited = UserAccount.create("yk-admin", "Zhou Min", HASH, Set.of(Role.SUPPLIER), company(), T0);
        assertThat(invited.passwordChangeDue()).isFalse();

        invited.requirePasswordChange();
        assertThat(invited.passwordChangeDue()).isTrue();
        assertThat(invited.auditSnapshot()).containsEntry("passwordChangeDue", "true");

        invited.changePassword("a-new-hash");
        assertThat(invited.passwordChangeDue()).isFalse();
    }
}
