package org.supplieresg.audit;

/** Why an audit happens. A follow-up audit checks the open findings and closes those whose actions worked. */
public enum AuditType {
    INITIAL, PERIODIC, FOLLOW_UP, UNANNOUNCED
}
