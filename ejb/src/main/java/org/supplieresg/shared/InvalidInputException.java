package org.supplieresg.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input that breaks a business rule. Nothing has been stored when this is thrown. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Throws if the list holds any violation. */
    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
