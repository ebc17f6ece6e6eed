package org.supplieresg.audittrail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two snapshots of a record. */
public final class FieldChanges {

    /** One field's value before and after; either may be null. */
    public record Change(String field, String before, String after) {
    }

    private FieldChanges() {
    }

    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }
}
