package org.supplieresg.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.supplieresg.audittrail.AuditRecord;

/**
 * Someone else saved the record after the caller loaded it. Carries what they changed (from the audit trail), so that
 * the caller can be told instead of silently overwriting it. Nothing has been stored.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private final long currentVersion;
    private final List<AuditRecord> changes;

    public ConcurrentChangeException(String what, long expectedVersion, long currentVersion, List<AuditRecord> changes) {
        super(what + " was changed by someone else: you edited version " + expectedVersion + ", it is now at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<AuditRecord> changes() {
        return changes;
    }

    /** Who saved last, for telling the user; "?" if the trail recorded no field change. */
    public String lastActor() {
        return changes.isEmpty() ? "?" : changes.get(changes.size() - 1).actor();
    }
}
