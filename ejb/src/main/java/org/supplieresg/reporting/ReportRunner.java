package org.supplieresg.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.supplieresg.platform.ServerName;

/**
 * Runs report jobs on the server's managed executor, so that a report goes on when the user leaves the page. A job
 * is claimed before it runs (a job runs once), reports its progress (and learns there whether it was cancelled),
 * and writes its file through {@link ReportStorage} (a file is offered only when complete). When the server starts,
 * the jobs it had queued or was running before it stopped are marked failed, to be run again, and half-written files
 * are deleted.
 */
@ApplicationScoped
public class ReportRunner {

    private static final Logger LOG = Logger.getLogger(ReportRunner.class.getName());
    /** Progress is written at most this often (ms), besides at every new step. */
    private static final long PROGRESS_INTERVAL = 250;

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobStore store;

    @Inject
    ReportFiles files;

    @Inject
    ReportGenerator generator;

    @Inject
    Clock clock;

    /** Recovery at start-up (after the schema migration; see {@link ReportRecovery}). */
    void recover() {
        java.util.Set<Long> interrupted = store.failInterrupted(name(), clock.instant());
        int leftovers = files.storage().deleteLeftovers(interrupted::contains);
        if (leftovers + interrupted.size() > 0) {
            LOG.info(() -> "report jobs: " + interrupted.size() + " interrupted job(s) marked failed, " + leftovers + " half-written file(s) deleted");
        }
    }

    /** This server's name in a cluster (see {@link ServerName}). */
    public String name() {
        return ServerName.current();
    }

    public void submit(long jobId) {
        executor.submit(() -> run(jobId));
    }

    void run(long id) {
        String me = name();
        if (!store.claim(id, me, clock.instant())) {
            return; // cancelled before it started, or not ours
        }
        ReportJob job = store.find(id).orElseThrow();
        ReportRequest request = job.request();
        try {
            Progress progress = throttled(id, me);
            ReportStorage.Stored file = files.storage().store(id, request.fileName(), out -> generator.write(request, job.requestedBy(), out, progress));
            if (!store.succeed(id, me, request.fileName(), request.kind().contentType(), file, clock.instant())) {
                java.nio.file.Files.deleteIfExists(file.file()); // cancelled at the last moment: offer nothing
            }
        } catch (Progress.Cancelled e) {
            store.cancelled(id, me, clock.instant());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "report job " + id + " could not write its file", e);
            store.fail(id, me, "the report file could not be written: " + e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report job " + id + " failed", e);
            store.fail(id, me, reason(e), clock.instant());
        }
    }

    private Progress throttled(long id, String me) {
        return new Progress() {
            private long last;
            private String lastStep;

            @Override
            public void report(String step, int done, int total) {
                long now = System.currentTimeMillis();
                if (step.equals(lastStep) && now - last < PROGRESS_INTERVAL && done < total) {
                    return;
                }
                last = now;
                lastStep = step;
                if (!store.progress(id, me, done, total, step)) {
                    throw new Cancelled();
                }
            }
        };
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && (cause.getMessage() == null || cause instanceof jakarta.ejb.EJBException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
