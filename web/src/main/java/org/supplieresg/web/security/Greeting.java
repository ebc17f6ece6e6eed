package org.supplieresg.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.supplieresg.identity.CurrentUser;

/**
 * The name and company a page greets the user with, read from the account once per session: the home page is the
 * most visited page, and a database look-up on every visit only to say "Welcome" is not worth it. A name changed by an
 * administrator shows at the next login. (Rights and company isolation still come from {@link CurrentUser}, per request.)
 */
@Named
@SessionScoped
public class Greeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    private String displayName;
    private String companyName;

    public String getDisplayName() {
        load();
        return displayName;
    }

    public String getCompanyName() {
        load();
        return companyName;
    }

    private void load() {
        if (displayName == null) {
            displayName = currentUser.getDisplayName();
            companyName = currentUser.getCompanyName();
        }
    }
}
