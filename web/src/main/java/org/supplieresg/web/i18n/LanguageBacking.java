package org.supplieresg.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.supplieresg.identity.UserAdministration;

/**
 * The language of the session's screens: the user's saved choice after login, else the browser's preference. Switching
 * saves the choice on the user's account.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    UserAdministration users;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
        }
        return locale;
    }

    /** Called after login with the language saved on the account. */
    public void restore(String languageTag) {
        locale = "zh-CN".equals(languageTag) ? CHINESE : Locale.ENGLISH;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public void switchTo(String languageTag) {
        restore(languageTag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (faces.getExternalContext().getUserPrincipal() != null) {
            users.changeOwnLocale("zh-CN".equals(languageTag) ? "zh-CN" : "en");
        }
    }

    public boolean isChinese() {
        return CHINESE.equals(getLocale());
    }
}
