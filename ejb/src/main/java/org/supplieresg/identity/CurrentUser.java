package org.supplieresg.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The person behind the current request, and the supplier company they belong to if they are a supplier user. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Accounts.Caller caller;

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
        return caller().map(Accounts.Caller::companyId);
    }

    /**
     * Refuses a supplier user any company but its own, and the buyer's staff a Tier-2 invited by a Tier-1 that has not
     * consented to share its results, with the same answer as for a company that does not exist, so that nothing is
     * revealed.
     */
    public void requireAccessTo(long supplierId) {
        if (isSupplierUser() ? companyId().filter(own -> own == supplierId).isEmpty() : accounts.hiddenFromStaff(supplierId)) {
            throw new org.supplieresg.shared.NotFoundException("supplier", supplierId);
        }
    }

    /** Whether the caller's password was chosen by someone else and must be changed before anything else. */
    public boolean isPasswordChangeDue() {
        return caller().map(Accounts.Caller::passwordChangeDue).orElse(false);
    }

    /** Whether a supplier user may invite and assess its company's own suppliers. */
    public boolean isSupplierAdmin() {
        return isSupplierUser() && caller().map(Accounts.Caller::supplierAdmin).orElse(false);
    }

    /** The company of a supplier admin; anyone else is told they may not manage a supply chain. */
    public long requireSupplierAdmin() {
        if (!isSupplierAdmin()) {
            throw new org.supplieresg.shared.InvalidInputException(
                    org.supplieresg.shared.FieldViolation.of("user", "chain.adminOnly"));
        }
        return companyId().orElseThrow();
    }

    /** The name to greet the caller with. */
    public String getDisplayName() {
        return caller().map(Accounts.Caller::displayName).orElse(username().orElse(""));
    }

    /** The legal name of a supplier user's company; empty for staff. */
    public String getCompanyName() {
        return caller().map(Accounts.Caller::companyName).orElse("");
    }

    /** Whether the caller is a supplier user who has neither finished nor skipped the first-login guide. */
    public boolean isOnboardingDue() {
        return caller().map(Accounts.Caller::onboardingDue).orElse(false);
    }

    /** The caller's saved language, "en" or "zh-CN". */
    public Optional<String> locale() {
        return caller().map(Accounts.Caller::locale);
    }

    private Optional<Accounts.Caller> caller() {
        if (caller == null) {
            caller = username().flatMap(accounts::byUsername).orElse(null);
        }
        return Optional.ofNullable(caller);
    }
}
