package org.supplieresg.scoring;

/** Where a reviewer stands on an answer. */
public enum Validation {
    /** Not reviewed yet, or more information was asked for: self-declared. */
    PENDING,
    /** A reviewer accepted the answer and its evidence. */
    ACCEPTED,
    /** A reviewer rejected it; it earns nothing until the supplier revises it. */
    REJECTED
}
