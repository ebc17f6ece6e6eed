package org.supplieresg.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.CorrectiveAction;
import org.supplieresg.audit.CorrectiveActions;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/** One finding's corrective action plan: the supplier fills it in with evidence; the auditor verifies or sends it back. */
@Named
@ViewScoped
public class CorrectiveActionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActions actions;

    @Inject
    EvidenceLibrary library;

    @Inject
    FormMessages messages;

    private Long id;
    private AuditViews.FindingView finding;
    private List<EvidenceView> documents;
    private List<Long> chosen = new ArrayList<>();
    private String rootCause;
    private String actionsText;
    private String owner;
    private String progress;
    private String note;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("corrective action", "-");
            }
            refresh();
            AuditViews.CorrectiveActionView plan = finding.correctiveAction();
            rootCause = plan.rootCause();
            actionsText = plan.actions();
            owner = plan.owner();
            progress = plan.progress();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        finding = actions.get(id);
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPPLIER")) {
            documents = library.library(finding.supplierId());
        }
    }

    /** Adds a document to the company's library and to the evidence of this plan. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            EvidenceView stored = library.upload(finding.supplierId(), in, file.getFileName(),
                    new Evidence.Details(EvidenceKind.REPORT, null, null, null, null));
            documents = library.library(finding.supplierId());
            chosen.add(stored.id());
            messages.info("shared.uploaded", stored.fileName());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public void submit() {
        try {
            actions.submit(id, new CorrectiveAction.Progress(rootCause, actionsText, owner, progress), chosen,
                    finding.correctiveAction().version());
            messages.info("cap.submitted", finding.reference());
            chosen = new ArrayList<>();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        refresh();
    }

    public void verify(boolean accept) {
        try {
            actions.verify(id, accept, note, finding.correctiveAction().version());
            messages.info(accept ? "cap.verified" : "cap.rejected", finding.reference());
            note = null;
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        refresh();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AuditViews.FindingView getFinding() { return finding; }
    public List<EvidenceView> getDocuments() { return documents; }
    public List<Long> getChosen() { return chosen; }
    public void setChosen(List<Long> chosen) { this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen); }
    public String getRootCause() { return rootCause; }
    public void setRootCause(String rootCause) { this.rootCause = rootCause; }
    public String getActions() { return actionsText; }
    public void setActions(String actions) { this.actionsText = actions; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getProgress() { return progress; }
    public void setProgress(String progress) { this.progress = progress; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
