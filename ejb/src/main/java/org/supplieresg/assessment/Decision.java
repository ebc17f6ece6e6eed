package org.supplieresg.assessment;

import org.supplieresg.scoring.Validation;

/** A reviewer's decision on an answer, and how the scoring engine treats it. */
public enum Decision {
    PENDING(Validation.PENDING),
    ACCEPTED(Validation.ACCEPTED),
    REJECTED(Validation.REJECTED),
    /** The reviewer asks for more information; the answer scores as self-declared meanwhile. */
    MORE_INFO(Validation.PENDING);

    private final Validation validation;

    Decision(Validation validation) {
        this.validation = validation;
    }

    public Validation validation() {
        return validation;
    }

    public boolean needsReason() {
        return this == REJECTED || this == MORE_INFO;
    }
}
