package org.supplieresg.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts of the current view's language, for messages built in Java. Pages use {@code #{msg[...]}}. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "org.supplieresg.web.i18n.text";

    @Inject
    FacesContext faces;

    public Locale locale() {
        return faces.getViewRoot() == null ? faces.getApplication().getDefaultLocale() : faces.getViewRoot().getLocale();
    }

    public String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
