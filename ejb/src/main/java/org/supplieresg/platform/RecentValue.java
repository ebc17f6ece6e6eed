package org.supplieresg.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A figure computed over the whole supplier base, shared by everyone who asks within a short time and recomputed as
 * soon as its fingerprint (cheap facts such as the newest audit-trail entry) shows that the data moved. Fifty buyers
 * opening their dashboard at nine o'clock then cost one computation, not fifty. The fingerprint itself is looked at
 * no more than once per {@code recheck}, and no value is older than {@code maxAge}. One value per server: in a
 * cluster each instance keeps its own, which is fine for read-only figures.
 */
public final class RecentValue<T> {

    /** The value, when it was computed and from what. */
    public record Entry<T>(T value, Object fingerprint, Instant computedAt) {
    }

    private final Duration maxAge;
    private final Duration recheck;
    private final Clock clock;
    private volatile Entry<T> current;
    private volatile Instant checkedAt = Instant.MIN;

    public RecentValue(Duration maxAge, Duration recheck, Clock clock) {
        this.maxAge = maxAge;
        this.recheck = recheck;
        this.clock = clock;
    }

    /** The remembered value if it is young enough and its data has not moved; else computes it (one caller at a time). */
    public Entry<T> get(Supplier<?> fingerprint, Supplier<T> compute) {
        Instant now = clock.instant();
        Entry<T> entry = current;
        if (entry != null && young(entry, now) && now.isBefore(checkedAt.plus(recheck))) {
            return entry;
        }
        Object facts = fingerprint.get();
        checkedAt = now;
        if (entry != null && young(entry, now) && Objects.equals(entry.fingerprint(), facts)) {
            return entry;
        }
        synchronized (this) {
            entry = current;
            if (entry != null && young(entry, now) && Objects.equals(entry.fingerprint(), facts)) {
                return entry;
            }
            entry = new Entry<>(compute.get(), facts, now);
            current = entry;
            return entry;
        }
    }

    /** Forgets the value, so that the next caller computes it again. */
    public void forget() {
        current = null;
    }

    private boolean young(Entry<T> entry, Instant now) {
        return !now.isAfter(entry.computedAt().plus(maxAge));
    }
}
