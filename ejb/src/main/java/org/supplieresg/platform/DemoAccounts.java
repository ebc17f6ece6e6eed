package org.supplieresg.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.supplieresg.identity.AccountSeeding;
import org.supplieresg.identity.Role;

/** The demo logins, all with password "demo": one per role, and two supplier users of two different companies. */
@Stateless
public class DemoAccounts {

    /** A demo login: username, display name, role and, for supplier users, the id of their company in the demo data. */
    record Demo(String username, String displayName, Role role, Long companyId) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Ada Admin", Role.ADMIN, null),
            new Demo("buyer", "Bo Buyer (Procurement)", Role.PROCUREMENT, null),
            new Demo("officer", "Olga Officer (Sustainability)", Role.SUSTAINABILITY_OFFICER, null),
            new Demo("auditor", "Arun Auditor", Role.AUDITOR, null),
            new Demo("supplier", "Li Na (Hunan Xinyuan Cathode)", Role.SUPPLIER, 1L),
            new Demo("supplier2", "Kim Min-jun (Hanbit Separator)", Role.SUPPLIER, 2L));

    static final List<String> USERNAMES = ACCOUNTS.stream().map(Demo::username).toList();

    @Inject
    AccountSeeding seeding;

    public void ensurePresent() {
        for (Demo demo : ACCOUNTS) {
            seeding.ensureAccount(demo.username(), demo.displayName(), "demo".toCharArray(), demo.role(), demo.companyId());
        }
    }
}
