package org.supplieresg.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One report job and, once done, its history entry: what was asked, by whom and when, how far it got, and the file
 * with its SHA-256. The state changes after the request (claim, progress, success, failure, cancellation) are
 * conditional updates in {@link JobStore}, so that two servers never run one job and a late update never overwrites a
 * finished one; the database's checks keep a file only on a succeeded job.
 */
@Entity
@Table(name = "report_job")
public class ReportJob {

    @Id
    @SequenceGenerator(name = "report_job_seq", sequenceName = "report_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ReportKind kind;

    @Column(name = "parameters", nullable = false, updatable = false)
    private String parameters;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private JobStatus status;

    @Column(name = "progress_done", nullable = false)
    private int progressDone;

    @Column(name = "progress_total", nullable = false)
    private int progressTotal;

    @Column(name = "progress_step")
    private String progressStep;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "runner")
    private String runner;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "error")
    private String error;

    @Column(name = "rerun_of", updatable = false)
    private Long rerunOf;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportJob() {
    }

    ReportJob(ReportRequest request, String requestedBy, Instant requestedAt, Long rerunOf) {
        this.kind = Objects.requireNonNull(request.kind());
        this.parameters = request.canonical();
        this.language = request.language();
        this.status = JobStatus.QUEUED;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.rerunOf = rerunOf;
    }

    public ReportRequest request() {
        return ReportRequest.parse(kind, parameters, language);
    }

    /** Progress in percent, 0-100; a finished job is at 100. */
    public int percent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        return progressTotal == 0 ? 0 : (int) Math.min(100, 100L * progressDone / progressTotal);
    }

    public Long id() { return id; }
    public ReportKind kind() { return kind; }
    public String parameters() { return parameters; }
    public String language() { return language; }
    public JobStatus status() { return status; }
    public int progressDone() { return progressDone; }
    public int progressTotal() { return progressTotal; }
    public String progressStep() { return progressStep; }
    public boolean cancelRequested() { return cancelRequested; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String runner() { return runner; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public Long fileSize() { return fileSize; }
    public String sha256() { return sha256; }
    public String error() { return error; }
    public Long rerunOf() { return rerunOf; }
}
