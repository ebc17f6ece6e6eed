package org.supplieresg.reports.minerals;

import java.util.List;

/**
 * One reason to refuse a file: a key of the domain's message bundle ({@code org.supplieresg.shared.messages}) and its
 * arguments. The message itself names the sheet and row where that helps.
 */
public record Problem(String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String messageKey, Object... arguments) {
        return new Problem(messageKey, List.of(arguments));
    }
}
