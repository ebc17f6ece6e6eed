package org.supplieresg.evidence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.logging.Logger;

/**
 * Removes what interrupted uploads leave behind: temporary files, and content files that no evidence row names (a
 * rollback after the move). Every hour, files older than an hour, so that an upload in progress is never touched; and
 * once at start, files last written before this server's process started: they belong to a process that is gone (a
 * server killed during an upload), while an upload in progress anywhere keeps writing its file. Every server of a
 * cluster runs the start-up pass; the hourly one is a persistent timer, run by one server of a deployment group. Both
 * delete only what nobody refers to.
 */
@Singleton
@jakarta.ejb.Startup
@jakarta.ejb.DependsOn("DatabaseMigration")
public class EvidenceJanitor {

    private static final Logger LOG = Logger.getLogger(EvidenceJanitor.class.getName());
    static final Duration GRACE = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceFiles files;

    @Inject
    Clock clock;

    /** How long before the process start a file must have been last written to count as left by a dead process. */
    static final Duration START_SLACK = Duration.ofSeconds(5);

    @jakarta.annotation.PostConstruct
    void atStart() {
        removeLeftovers(java.time.Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())
                .minus(START_SLACK));
    }

    @Schedule(hour = "*", minute = "17")
    public void removeLeftovers() {
        removeLeftovers(clock.instant().minus(GRACE));
    }

    private void removeLeftovers(java.time.Instant olderThan) {
        try {
            var referenced = new HashSet<>(em.createQuery("SELECT DISTINCT e.sha256 FROM Evidence e", String.class).getResultList());
            int removed = files.storage().removeLeftovers(referenced, olderThan);
            if (removed > 0) {
                LOG.info(() -> "evidence storage: removed " + removed + " leftover file(s)");
            }
        } catch (IOException e) {
            LOG.warning(() -> "evidence storage cleanup failed: " + e.getMessage());
        }
    }
}
