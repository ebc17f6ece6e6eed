package org.supplieresg.shared;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the caller may not know that it exists (a supplier user asking for another
 * company's record gets this, so that the answer reveals nothing).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
