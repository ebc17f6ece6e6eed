package org.supplieresg.web.api;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 Problem Details body. {@code errors} lists field-level problems of a 400; {@code changes} lists what
 * someone else changed, for a 409.
 */
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<Change> changes, Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and why. */
    public record FieldError(String field, String message) {
    }

    /** One field that another user changed. */
    public record Change(String field, String before, String after, String by, String at) {
    }

    static Problem of(int status, String title, String detail, String instance) {
        return new Problem(URI.create("about:blank"), title, status, detail, instance, null, null, null);
    }
}
