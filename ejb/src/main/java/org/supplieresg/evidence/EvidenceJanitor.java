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
 * rollback after the move). Only files older than an hour, so that an upload in progress is never touched. Every
 * server of a cluster may run it: it deletes only what nobody refers to.
 */
@Singleton
public class EvidenceJanitor {

    private static final Logger LOG = Logger.getLogger(EvidenceJanitor.class.getName());
    static final Duration GRACE = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceFiles files;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void removeLeftovers() {
        try {
            var referenced = new HashSet<>(em.createQuery("SELECT DISTINCT e.sha256 FROM Evidence e", String.class).getResultList());
            int removed = files.storage().removeLeftovers(referenced, clock.instant().minus(GRACE));
            if (removed > 0) {
                LOG.info(() -> "evidence storage: removed " + removed + " leftover file(s)");
            }
        } catch (IOException e) {
            LOG.warning(() -> "evidence storage cleanup failed: " + e.getMessage());
        }
    }
}
