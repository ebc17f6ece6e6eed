package org.supplieresg.audit;

/**
 * Planned (the supplier may confirm the dates or propose others), confirmed, in progress on site, completed, or
 * cancelled. An unannounced audit is confirmed from the start and hidden from the supplier until it begins.
 */
public enum AuditStatus {
    PLANNED, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED
}
