package org.supplieresg.assessment;

/** A supplier answers in drafts (in progress), then submits; a reviewer can reopen a submitted assessment. */
public enum AssessmentStatus {
    IN_PROGRESS, SUBMITTED
}
