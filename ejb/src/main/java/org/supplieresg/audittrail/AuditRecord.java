package org.supplieresg.audittrail;

import java.time.Instant;
import java.util.UUID;

/** A read-only view of one audit trail entry, for pages and the API. */
public record AuditRecord(UUID changeId, Instant occurredAt, String actor, AuditAction action, String entityType,
                          String entityId, Long entityVersion, String field, String oldValue, String newValue) {
}
