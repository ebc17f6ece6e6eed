package org.supplieresg.reporting;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * Asking for reports, following them, cancelling them, running them again, and downloading what they produced.
 * The history is shared by the staff who may ask for reports: each entry says who asked and when.
 */
@Stateless
@RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN, AUDITOR})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportJobs {

    /** A job as the API and the page show it. {@code created} is false when the same report was already under way. */
    public record JobView(long id, ReportKind kind, String parameters, String language, JobStatus status, int percent, int done, int total,
                          String step, String requestedBy, String requestedAt, String startedAt, String finishedAt, String fileName,
                          Long fileSize, String sha256, String error, Long rerunOf, boolean created) {

        static JobView of(ReportJob job, boolean created) {
            return new JobView(job.id(), job.kind(), job.parameters(), job.language(), job.status(), job.percent(), job.progressDone(),
                    job.progressTotal(), job.progressStep(), job.requestedBy(), text(job.requestedAt()), text(job.startedAt()),
                    text(job.finishedAt()), job.fileName(), job.fileSize(), job.sha256(), job.error(), job.rerunOf(), created);
        }

        private static String text(java.time.Instant at) {
            return at == null ? null : at.toString(); // ISO-8601 instant in UTC
        }
    }

    /** A finished file to download. */
    public record Download(Path file, String fileName, String contentType, long size, String sha256) {
    }

    @Inject
    JobStore store;

    @Inject
    ReportRunner runner;

    @Inject
    Scorecards scorecards;

    @Inject
    ReportFiles files;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Queues the report (or returns the same one already under way) and starts it in the background. */
    public JobView request(ReportRequest request) {
        return start(request, null);
    }

    private JobView start(ReportRequest request, Long rerunOf) {
        if (request.kind() == ReportKind.SCORECARD) {
            scorecards.requireScored(request.supplierId());
        }
        JobStore.Requested requested = store.request(request, currentUser.username().orElseThrow(), runner.name(), clock.instant(), rerunOf);
        if (requested.created()) {
            runner.submit(requested.job().id());
        }
        return JobView.of(requested.job(), requested.created());
    }

    public JobView get(long id) {
        return JobView.of(job(id), false);
    }

    public List<JobView> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 500))).stream().map(j -> JobView.of(j, false)).toList();
    }

    public JobView cancel(long id) {
        ReportJob job = job(id);
        if (!job.status().active()) {
            throw new InvalidInputException(FieldViolation.of("status", "report.cancel.finished", String.valueOf(id), job.status()));
        }
        store.requestCancel(id, clock.instant());
        return get(id);
    }

    /** Runs a finished, failed or cancelled job again with the same parameters, as a new job that names the old one. */
    public JobView rerun(long id) {
        ReportJob job = job(id);
        if (job.status().active()) {
            throw new InvalidInputException(FieldViolation.of("status", "report.rerun.active", String.valueOf(id)));
        }
        return start(job.request(), id);
    }

    /** The file of a succeeded job; refused while it runs, after it failed, or if the file is gone from the disk. */
    public Download download(long id) {
        ReportJob job = job(id);
        if (job.status() != JobStatus.SUCCEEDED) {
            throw new InvalidInputException(FieldViolation.of("status", "report.download.notReady", String.valueOf(id), job.status()));
        }
        Path file = files.storage().fileOf(id, job.fileName());
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != job.fileSize()) {
                throw new InvalidInputException(FieldViolation.of("file", "report.download.missing", String.valueOf(id)));
            }
        } catch (IOException e) {
            throw new InvalidInputException(FieldViolation.of("file", "report.download.missing", String.valueOf(id)));
        }
        return new Download(file, job.fileName(), job.contentType(), job.fileSize(), job.sha256());
    }

    private ReportJob job(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("report job", id));
    }
}
