package org.supplieresg.audit;

/**
 * RBA VAP definitions. Priority: a most serious non-conformance (forced or child labour, imminent danger to life,
 * falsified records, serious environmental harm) that needs immediate action. Major: a significant failure of the
 * management system, or a breach of law or of the Code that is not isolated. Minor: an isolated or random lapse.
 */
public enum Severity {
    PRIORITY, MAJOR, MINOR;

    /** Whether only a closure audit can close a finding of this severity (the tier stays capped until then). */
    public boolean needsClosureAudit() {
        return this != MINOR;
    }
}
