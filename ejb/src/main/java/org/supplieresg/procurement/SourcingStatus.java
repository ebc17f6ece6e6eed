package org.supplieresg.procurement;

/** What procurement may do with a supplier. */
public enum SourcingStatus {
    /** Tier A: first choice, with an allocation uplift. */
    PREFERRED,
    /** Tier B: may be sourced from normally. */
    APPROVED,
    /** Tier C: a corrective action plan is required; new orders carry a warning. */
    CONDITIONAL,
    /** Tier D: no new RFQs or purchase orders. */
    BLOCKED
}
