package org.supplieresg.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A figure computed over the whole supplier base, shared by everyone who asks within a short time and recomputed as
 * soon as its fingerprint (cheap facts such as the newest score id) shows that the data moved. Fifty buyers opening
 * their dashboard at nine o'clock then cost one computation, not fifty, and none of them sees figures older than the
 * time limit. One value per server: in a cluster each instance keeps its own, which is fine for read-only figures.
 */
public final class RecentValue<T> {

    /** The value, when it was computed and from what. */
    public record Entry<T>(T value, Object fingerprint, Instant computedAt) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private volatile Entry<T> current;

    public RecentValue(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The remembered value if it is young enough and has the same fingerprint; else computes it (one caller at a time). */
    public Entry<T> get(Object fingerprint, Supplier<T> compute) {
        Entry<T> entry = current;
        if (fresh(entry, fingerprint)) {
            return entry;
        }
        synchronized (this) {
            entry = current;
            if (fresh(entry, fingerprint)) {
                return entry;
            }
            Instant now = clock.instant();
            entry = new Entry<>(compute.get(), fingerprint, now);
            current = entry;
            return entry;
        }
    }

    /** Forgets the value, so that the next caller computes it again. */
    public void forget() {
        current = null;
    }

    private boolean fresh(Entry<T> entry, Object fingerprint) {
        return entry != null && Objects.equals(entry.fingerprint(), fingerprint)
                && !clock.instant().isAfter(entry.computedAt().plus(maxAge));
    }
}
