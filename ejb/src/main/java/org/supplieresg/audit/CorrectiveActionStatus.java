package org.supplieresg.audit;

/** Open until the supplier submits progress; the auditor then verifies it or rejects it (back to the supplier). */
public enum CorrectiveActionStatus {
    OPEN, SUBMITTED, VERIFIED, REJECTED;

    public boolean withSupplier() {
        return this == OPEN || this == REJECTED;
    }
}
