package org.supplieresg.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.supplieresg.audit.AuditStatus;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.Audits;
import org.supplieresg.audit.Outcome;
import org.supplieresg.audit.Severity;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/**
 * One audit: the supplier confirms or proposes dates; its auditors start it, fill in the checklist on site (large
 * buttons for a tablet), attach photos and complete it; everyone sees the findings, their plans and the discrepancies.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One checklist line as edited on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private AuditViews.ItemView item;
        private Outcome outcome;
        private Severity severity;
        private String verifiedAnswer;
        private String observation;

        Row(AuditViews.ItemView item) {
            refresh(item);
        }

        void refresh(AuditViews.ItemView fresh) {
            item = fresh;
            outcome = fresh.outcome();
            severity = fresh.severity();
            verifiedAnswer = fresh.verifiedAnswer();
            observation = fresh.observation();
        }

        public AuditViews.ItemView getItem() { return item; }
        public Outcome getOutcome() { return outcome; }
        public void setOutcome(Outcome outcome) { this.outcome = outcome; }
        public Severity getSeverity() { return severity; }
        public void setSeverity(Severity severity) { this.severity = severity; }
        public String getVerifiedAnswer() { return verifiedAnswer; }
        public void setVerifiedAnswer(String verifiedAnswer) { this.verifiedAnswer = verifiedAnswer; }
        public String getObservation() { return observation; }
        public void setObservation(String observation) { this.observation = observation; }
    }

    @Inject
    Audits audits;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private Long id;
    private AuditViews.AuditView audit;
    private List<Row> rows;
    private LocalDate proposedStart;
    private LocalDate proposedEnd;
    private String note;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("audit", "-");
            }
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        audit = audits.get(id);
        rows = audit.items().stream().map(Row::new).toList();
    }

    public void confirm() {
        act(() -> audits.confirm(id), "audit.confirmed");
    }

    public void propose() {
        act(() -> audits.propose(id, proposedStart, proposedEnd, note), "audit.proposed");
    }

    public void takeProposal() {
        act(() -> audits.reschedule(id, audit.proposedStart(), audit.proposedEnd(), audit.version()), "audit.rescheduled");
    }

    public void start() {
        act(() -> audits.start(id), "audit.started");
    }

    public void complete() {
        act(() -> audits.complete(id), "audit.completed");
    }

    public void cancel() {
        act(() -> audits.cancel(id), "audit.cancelled");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        refresh();
    }

    /** Saves one line of the checklist. */
    public void save(Row row) {
        try {
            row.refresh(audits.check(id, row.item.indicatorCode(), row.outcome, row.severity, row.verifiedAnswer, row.observation));
            messages.info("audit.itemSaved", row.item.indicatorCode());
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    /** A photo taken on site for one line: stored with the supplier's evidence, then attached. */
    public void photo(FileUploadEvent event) {
        String code = (String) event.getComponent().getAttributes().get("code");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            EvidenceView stored = library.upload(audit.supplierId(), in, file.getFileName(),
                    new Evidence.Details(EvidenceKind.PHOTO, audit.reference(), null, null, null));
            Row row = rows.stream().filter(r -> r.item.indicatorCode().equals(code)).findFirst().orElseThrow();
            row.item = audits.addPhoto(id, code, stored.id());
            messages.info("audit.photoAdded", stored.fileName(), code);
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public boolean isOnTeam() {
        String me = currentUser.username().orElse("");
        return audit != null && (audit.leadAuditor().equals(me) || audit.team().contains(me)
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN"));
    }

    public boolean isEditable() {
        return audit != null && audit.status() == AuditStatus.IN_PROGRESS && isOnTeam();
    }

    public boolean isPlanner() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("PROCUREMENT") || external.isUserInRole("AUDITOR") || external.isUserInRole("ADMIN");
    }

    public List<Outcome> getOutcomes() { return List.of(Outcome.values()); }
    public List<Severity> getSeverities() { return List.of(Severity.values()); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AuditViews.AuditView getAudit() { return audit; }
    public List<Row> getRows() { return rows; }
    public LocalDate getProposedStart() { return proposedStart; }
    public void setProposedStart(LocalDate proposedStart) { this.proposedStart = proposedStart; }
    public LocalDate getProposedEnd() { return proposedEnd; }
    public void setProposedEnd(LocalDate proposedEnd) { this.proposedEnd = proposedEnd; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
