package org.supplieresg.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.web.i18n.LanguageBacking;
import org.supplieresg.web.i18n.Texts;

/** The login page: hands the typed credential to Jakarta Security and goes back where the user wanted to go. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageBacking language;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String target = (String) request.getSession(true).getAttribute(LoginMechanism.ORIGINAL_URL);
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip().toLowerCase(),
                        password == null ? "" : password))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.getSession().removeAttribute(LoginMechanism.ORIGINAL_URL);
                currentUser.locale().ifPresent(language::restore);
                String home = request.getContextPath() + "/app/home.xhtml";
                // A new supplier user lands in the first-login guide instead of the home page; a deep link still wins.
                String landing = currentUser.isOnboardingDue() ? request.getContextPath() + "/app/onboarding.xhtml" : home;
                if (currentUser.isPasswordChangeDue()) {
                    // a password someone else chose (and mailed): its owner replaces it before anything else
                    request.getSession().setAttribute(FirstPasswordFilter.DUE, Boolean.TRUE);
                    landing = request.getContextPath() + FirstPasswordFilter.PASSWORD_PAGE;
                    target = null;
                }
                boolean deepLink = target != null && target.startsWith(request.getContextPath() + "/app/") && !target.equals(home);
                external.redirect(deepLink ? target : landing);
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.failed"), null));
        }
    }

    public String logout() throws jakarta.servlet.ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
