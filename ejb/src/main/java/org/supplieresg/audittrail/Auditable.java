package org.supplieresg.audittrail;

import java.util.Map;

/** A record whose changes are kept in the audit trail. */
public interface Auditable {

    /** The kind of record, for example "Supplier". */
    String auditType();

    /** The record's identifier, as text. */
    String auditId();

    /** The record's audited fields and their values as text, in a stable order; a value may be null. */
    Map<String, String> auditSnapshot();

    /** A record described on the spot, for changes kept in tables without an entity of their own. */
    static Auditable of(String type, String id, Map<String, String> snapshot) {
        return new Auditable() {
            @Override
            public String auditType() {
                return type;
            }

            @Override
            public String auditId() {
                return id;
            }

            @Override
            public Map<String, String> auditSnapshot() {
                return snapshot;
            }
        };
    }
}
