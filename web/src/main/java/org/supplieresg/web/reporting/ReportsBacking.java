package org.supplieresg.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.supplieresg.reporting.ReportJobs;
import org.supplieresg.reporting.ReportKind;
import org.supplieresg.reporting.ReportRequest;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/**
 * The reports page: ask for a report, watch its progress (the page polls while a job is under way; the job goes on
 * if the user leaves), cancel, run again, download. Only translates between the page and {@link ReportJobs}.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY_SHOWN = 50;

    @Inject
    ReportJobs jobs;

    @Inject
    FormMessages messages;

    @Inject
    Clock clock;

    private ReportKind kind = ReportKind.DISCLOSURE_PDF;
    private Long supplierId;
    private LocalDate from;
    private LocalDate to;
    private Integer year;
    private String language = "en";
    private List<ReportJobs.JobView> history = List.of();

    public void load() {
        if (from == null) {
            int last = LocalDate.now(clock).getYear() - 1;
            from = LocalDate.of(last, 1, 1);
            to = LocalDate.of(last, 12, 31);
            year = last;
        }
        if (supplierId != null) {
            kind = ReportKind.SCORECARD;
        }
        refresh();
    }

    public void refresh() {
        history = jobs.recent(HISTORY_SHOWN);
    }

    public void request() {
        try {
            ReportJobs.JobView job = jobs.request(ReportRequest.of(kind, supplierId, from, to, year, language));
            messages.info(job.created() ? "reports.queued" : "reports.alreadyRunning", job.id());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (NotFoundException e) {
            messages.error("reports.supplierUnknown", supplierId);
        }
        refresh();
    }

    public void cancel(long id) {
        try {
            jobs.cancel(id);
            messages.info("reports.cancelRequested", id);
        } catch (InvalidInputException e) {
            messages.show(e);
        }
        refresh();
    }

    public void rerun(long id) {
        try {
            messages.info("reports.queued", jobs.rerun(id).id());
        } catch (InvalidInputException e) {
            messages.show(e);
        }
        refresh();
    }

    /** Whether the page should keep polling: a job is queued or running. */
    public boolean isAnyActive() {
        return history.stream().anyMatch(j -> j.status().active());
    }

    public boolean isScorecard() {
        return kind == ReportKind.SCORECARD;
    }

    public boolean isDisclosure() {
        return kind == ReportKind.DISCLOSURE_PDF || kind == ReportKind.DISCLOSURE_XLSX;
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind kind) { this.kind = kind; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public List<ReportJobs.JobView> getHistory() { return history; }
}
