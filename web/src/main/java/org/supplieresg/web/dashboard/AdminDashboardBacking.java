package org.supplieresg.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.supplieresg.assessment.CatalogueVersions;
import org.supplieresg.identity.Role;
import org.supplieresg.identity.UserAdministration;
import org.supplieresg.identity.UserView;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.reporting.JobStatus;
import org.supplieresg.reporting.ReportJobs;
import org.supplieresg.web.i18n.Texts;

/** The administrator's home: accounts by role and those locked or disabled, catalogue and tier-policy versions, report jobs. */
@Named
@RequestScoped
public class AdminDashboardBacking {

    static final int JOBS_SHOWN = 10;

    @Inject
    UserAdministration users;

    @Inject
    CatalogueVersions catalogueVersions;

    @Inject
    TierPolicies tierPolicies;

    @Inject
    ReportJobs reportJobs;

    @Inject
    ExternalContext external;

    @Inject
    Texts texts;

    private List<UserView> accounts;
    private List<CatalogueVersions.VersionView> versions;
    private TierPolicy policy;
    private List<ReportJobs.JobView> jobs;

    public List<UserView> getAccounts() {
        if (accounts == null) {
            accounts = users.list();
        }
        return accounts;
    }

    /** Accounts someone has to look at: locked after failed logins, or disabled. */
    public List<UserView> getAccountsToReview() {
        return getAccounts().stream().filter(u -> u.lockedUntil() != null || !u.enabled()).toList();
    }

    public long holding(Role role) {
        return getAccounts().stream().filter(u -> u.enabled() && u.roles().contains(role)).count();
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public String roleLink(Role role) {
        return external.getRequestContextPath() + "/app/admin/users.xhtml?role=" + role.name();
    }

    public String getRoleChart() {
        List<Role> roles = getRoles();
        return ChartJson.bar(roles.stream().map(r -> texts.get("Role." + r.name())).toList(),
                List.of(new ChartJson.Series(texts.get("dashboard.activeAccounts"), roles.stream().map(this::holding).toList(), List.of("#0b5cad"))),
                roles.stream().map(this::roleLink).toList(), true, false, texts.get("dashboard.activeAccounts"));
    }

    public List<CatalogueVersions.VersionView> getVersions() {
        if (versions == null) {
            versions = catalogueVersions.list();
        }
        return versions;
    }

    public TierPolicy getPolicy() {
        if (policy == null) {
            policy = tierPolicies.current();
        }
        return policy;
    }

    public List<ReportJobs.JobView> getJobs() {
        if (jobs == null) {
            jobs = reportJobs.recent(JOBS_SHOWN);
        }
        return jobs;
    }

    public long jobsIn(JobStatus status) {
        return getJobs().stream().filter(j -> j.status() == status).count();
    }
}
