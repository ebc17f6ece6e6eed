package org.supplieresg.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One problem with one input field. The message is a key in the {@code messages} bundle of this package so that the
 * UI can show it in the user's language and the API in English.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    private static final String BUNDLE = "org.supplieresg.shared.messages";

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }

    public String message(Locale locale) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(messageKey);
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
