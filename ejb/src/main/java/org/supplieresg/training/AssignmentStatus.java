package org.supplieresg.training;

/** Where a supplier stands with an assigned module. A completed module stays completed. */
public enum AssignmentStatus {
    ASSIGNED,
    COMPLETED
}
