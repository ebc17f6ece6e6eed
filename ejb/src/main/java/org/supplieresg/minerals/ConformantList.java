package org.supplieresg.minerals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.reports.minerals.ConformantListReader.Status;
import org.supplieresg.reports.minerals.Metal;

/** The current conformant smelter list as the rules read it: a status per metal and identification number. */
public final class ConformantList {

    /** Before any list has been imported: nothing can be judged conformant or not. */
    public static final ConformantList NONE = new ConformantList(null, Map.of());

    private final Long listId;
    private final Map<String, Status> statuses;

    private ConformantList(Long listId, Map<String, Status> statuses) {
        this.listId = listId;
        this.statuses = Map.copyOf(statuses);
    }

    /** Starts a list; add its entries with {@link Builder#add}. */
    public static Builder builder(long listId) {
        return new Builder(listId);
    }

    public static final class Builder {
        private final long listId;
        private final Map<String, Status> statuses = new HashMap<>();

        private Builder(long listId) {
            this.listId = listId;
        }

        public Builder add(Metal metal, String smelterId, Status status) {
            statuses.put(key(metal, smelterId), status);
            return this;
        }

        public ConformantList build() {
            return new ConformantList(listId, statuses);
        }
    }

    /** The list's id, null for {@link #NONE}. */
    public Long listId() {
        return listId;
    }

    public Verdict assess(Metal metal, String smelterId) {
        if (smelterId == null) {
            return new Verdict(Conformance.UNKNOWN, FindingReason.NOT_IDENTIFIED);
        }
        if (listId == null) {
            return new Verdict(Conformance.UNKNOWN, null); // nothing to compare with yet; judged when a list arrives
        }
        Status status = statuses.get(key(metal, smelterId));
        if (status == null) {
            return new Verdict(Conformance.NOT_CONFORMANT, FindingReason.NOT_ON_LIST);
        }
        return switch (status) {
            case CONFORMANT -> new Verdict(Conformance.CONFORMANT, null);
            case ACTIVE -> new Verdict(Conformance.NOT_CONFORMANT, FindingReason.LISTED_ACTIVE);
            case NOT_CONFORMANT -> new Verdict(Conformance.NOT_CONFORMANT, FindingReason.LISTED_NOT_CONFORMANT);
        };
    }

    private static String key(Metal metal, String smelterId) {
        return metal + "|" + smelterId.strip().toUpperCase(Locale.ROOT);
    }
}
