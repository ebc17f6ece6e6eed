package org.supplieresg.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.supplieresg.identity.Role;
import org.supplieresg.identity.UserAdministration;
import org.supplieresg.identity.UserView;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierSummary;
import org.supplieresg.web.FormMessages;

/** The admin's user screen: list, create, change roles, reset a password, unlock, disable. */
@Named
@ViewScoped
public class UserAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    FormMessages messages;

    private List<UserView> accounts;
    private List<SupplierSummary> companies;

    private String username;
    private String displayName;
    private String password;
    private List<Role> roles = new java.util.ArrayList<>(); // modifiable: a select-many writes into a new instance of this list's class
    private Long companyId;

    private UserView selected;
    private String newPassword;
    private List<Role> selectedRoles = new java.util.ArrayList<>();
    private Long selectedCompanyId;

    /** From the admin dashboard's chart: only the accounts holding this role (null: all). */
    private Role role;

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }

    public void load() {
        accounts = users.list().stream().filter(u -> role == null || u.roles().contains(role)).toList();
        if (companies == null) {
            companies = suppliers.search(new SupplierSearch(null, null, null, null, null, "legalName", true, 0, SupplierSearch.MAX_PAGE)).rows();
        }
    }

    public void create() {
        try {
            UserView created = users.create(username, displayName, chars(password), roleSet(roles), companyId);
            messages.info("users.created", created.username());
            username = displayName = password = null;
            roles = new java.util.ArrayList<>();
            companyId = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void select(UserView user) {
        selected = user;
        selectedRoles = new java.util.ArrayList<>(user.roles());
        selectedCompanyId = user.companyId();
        newPassword = null;
    }

    public void saveRoles() {
        try {
            users.assignRoles(selected.username(), roleSet(selectedRoles), selectedCompanyId);
            messages.info("users.rolesSaved", selected.username());
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void resetPassword() {
        try {
            users.resetPassword(selected.username(), chars(newPassword));
            newPassword = null;
            messages.info("users.passwordReset", selected.username());
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void toggleEnabled(UserView user) {
        try {
            users.setEnabled(user.username(), !user.enabled());
            messages.info(user.enabled() ? "users.disabled" : "users.enabled", user.username());
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void unlock(UserView user) {
        users.unlock(user.username());
        messages.info("users.unlocked", user.username());
        load();
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public List<UserView> getAccounts() { return accounts; }
    public List<SupplierSummary> getCompanies() { return companies; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public Long getCompanyId() { return companyId; }
    public void setCompanyId(Long companyId) { this.companyId = companyId; }
    public UserView getSelected() { return selected; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public List<Role> getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(List<Role> selectedRoles) { this.selectedRoles = selectedRoles; }
    public Long getSelectedCompanyId() { return selectedCompanyId; }
    public void setSelectedCompanyId(Long selectedCompanyId) { this.selectedCompanyId = selectedCompanyId; }
}
