package org.supplieresg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.i18n.Texts;

/**
 * Puts domain validation messages next to the inputs they concern. By convention an input's id is the field name
 * inside a form with id {@code form}; {@code contacts[2].email} becomes {@code form:contacts:2:email}.
 */
@RequestScoped
public class FormMessages {

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    public void show(InvalidInputException invalid) {
        for (FieldViolation violation : invalid.violations()) {
            String clientId = "form:" + violation.field().replace("[", ":").replace("].", ":").replace("]", "");
            String text = violation.message(texts.locale());
            boolean known = faces.getViewRoot() != null && faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(known ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        String text = texts.get(key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public void error(String key, Object... arguments) {
        String text = texts.get(key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Tells the user that someone else saved the record first, and who. */
    public void concurrentChange(ConcurrentChangeException conflict) {
        error("supplier.concurrentChange", conflict.lastActor());
    }

    /** Keeps messages across the redirect after a successful save. */
    public void keepForRedirect() {
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
