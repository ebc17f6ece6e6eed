package org.supplieresg.audit;

/** Why an indicator is on the checklist. */
public enum ChecklistReason {
    /** The catalogue marks it for on-site verification. */
    ONSITE,
    /** A red flag: always verified on site. */
    RED_FLAG,
    /** The supplier answered it weakly, or a reviewer sent the answer back. */
    WEAK_ANSWER,
    /** A follow-up audit checks an open finding. */
    OPEN_FINDING
}
