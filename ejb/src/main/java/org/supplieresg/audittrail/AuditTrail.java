package org.supplieresg.audittrail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records changes in the caller's transaction ({@link TransactionAttributeType#MANDATORY}): an entry exists exactly
 * when the change it describes was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    /** The actor recorded for changes made by the system itself, such as demo data loading. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    /**
     * The id of the newest entry: it moves whenever anything audited changes, which makes it the cheapest test of
     * "has anything changed since" (a primary-key look-up) for figures shared between users.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS) // a read; the writers require a transaction
    public long latestEntryId() {
        Object id = em.createNativeQuery("SELECT max(id) FROM audit_entry").getSingleResult();
        return id == null ? 0 : ((Number) id).longValue();
    }

    public void created(Auditable record, Long version) {
        write(AuditAction.CREATE, record, version, FieldChanges.between(Map.of(), record.auditSnapshot()));
    }

    /**
     * Records the fields that differ between {@code before} (taken with {@link Auditable#auditSnapshot()} before the
     * change) and the record's state now. Nothing is written when nothing changed.
     */
    public void updated(Auditable record, Long version, Map<String, String> before) {
        write(AuditAction.UPDATE, record, version, FieldChanges.between(before, record.auditSnapshot()));
    }

    public void deleted(Auditable record, Long version) {
        write(AuditAction.DELETE, record, version, FieldChanges.between(record.auditSnapshot(), Map.of()));
    }

    /** Records that someone read something sensitive, such as an evidence file. */
    public void read(String entityType, String entityId, String what) {
        persist(UUID.randomUUID(), clock.instant(), AuditAction.READ, entityType, entityId, null,
                List.of(new FieldChanges.Change(what, null, null)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> history(String entityType, String entityId) {
        return em.createNamedQuery(AuditEntry.FOR_RECORD, AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getResultStream().map(AuditEntry::toRecord).toList();
    }

    /** The changes committed after the given version: what a user who loaded that version has not seen. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> changesSince(String entityType, String entityId, long version) {
        return em.createNamedQuery(AuditEntry.FOR_RECORD_AFTER_VERSION, AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).setParameter("version", version)
                .getResultStream().map(AuditEntry::toRecord).toList();
    }

    private void write(AuditAction action, Auditable record, Long version, List<FieldChanges.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        persist(UUID.randomUUID(), clock.instant(), action, record.auditType(), record.auditId(), version, changes);
    }

    private void persist(UUID changeId, Instant at, AuditAction action, String type, String id, Long version,
                         List<FieldChanges.Change> changes) {
        String actor = actor();
        for (FieldChanges.Change change : changes) {
            em.persist(new AuditEntry(changeId, at, actor, action, type, id, version, change.field(), change.before(), change.after()));
        }
    }

    private String actor() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? SYSTEM : principal.getName();
    }
}
