package org.supplieresg.audittrail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One changed field of one record. Immutable: no method changes an entry once it exists. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_RECORD,
        query = "SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.FOR_RECORD_AFTER_VERSION,
        query = "SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id AND e.entityVersion > :version"
                + " ORDER BY e.occurredAt, e.id")
public class AuditEntry {

    static final String FOR_RECORD = "AuditEntry.forRecord";
    static final String FOR_RECORD_AFTER_VERSION = "AuditEntry.forRecordAfterVersion";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "change_id", nullable = false, updatable = false)
    private UUID changeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "entity_version", updatable = false)
    private Long entityVersion;

    @Column(name = "field", updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(UUID changeId, Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
               Long entityVersion, String field, String oldValue, String newValue) {
        this.changeId = Objects.requireNonNull(changeId);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.entityVersion = entityVersion;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(changeId, occurredAt, actor, action, entityType, entityId, entityVersion, field, oldValue, newValue);
    }
}
