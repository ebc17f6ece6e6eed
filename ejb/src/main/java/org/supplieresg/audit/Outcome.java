package org.supplieresg.audit;

/** What the auditor found for one checklist item. */
public enum Outcome {
    CONFORMING, FINDING
}
