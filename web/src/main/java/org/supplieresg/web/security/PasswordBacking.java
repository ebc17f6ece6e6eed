package org.supplieresg.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.UserAdministration;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.FormMessages;

/** The caller changes their own password; the first password of an invited login must be changed here first. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    UserAdministration users;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            messages.show(new InvalidInputException(FieldViolation.of("confirmation", "user.password.confirmationDiffers")));
            return null;
        }
        try {
            users.changeOwnPassword(chars(currentPassword), newPassword.toCharArray());
        } catch (InvalidInputException e) {
            messages.show(e);
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        boolean wasFirst = request.getSession().getAttribute(FirstPasswordFilter.DUE) != null;
        request.getSession().removeAttribute(FirstPasswordFilter.DUE);
        messages.info("password.changed");
        messages.keepForRedirect();
        return wasFirst && currentUser.isOnboardingDue() ? "/app/onboarding.xhtml?faces-redirect=true" : "/app/home.xhtml?faces-redirect=true";
    }

    public boolean isFirst() {
        return currentUser.isPasswordChangeDue();
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
