/**
 * The append-only audit trail: who changed which field of which record, when, from what to what. Any entity that
 * implements {@link org.supplieresg.audittrail.Auditable} can be recorded; the services call
 * {@link org.supplieresg.audittrail.AuditTrail} inside the transaction that makes the change, so that the change and its
 * record commit or roll back together. The database refuses updates and deletes of entries.
 */
package org.supplieresg.audittrail;
