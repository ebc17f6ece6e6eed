package org.supplieresg.training;

/** Why a module was assigned: a weak dimension in a score, or a buyer's choice. */
public enum AssignmentSource {
    AUTOMATIC,
    MANUAL
}
