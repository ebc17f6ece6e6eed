package org.supplieresg.audittrail;

/** What happened to the record. READ is used for sensitive downloads. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ
}
