package org.supplieresg.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.supplieresg.assessment.CoverageProposal;
import org.supplieresg.assessment.SharedResult;
import org.supplieresg.assessment.SharedResults;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceFiles;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.web.FormMessages;

/**
 * The shared results page of one company: the supplier submits a result with its report; a reviewer accepts or
 * declines what it proposes, indicator by indicator. Only translates between the page and {@link SharedResults}.
 */
@Named
@ViewScoped
public class SharedResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharedResults sharedResults;

    @Inject
    EvidenceLibrary library;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private Long supplierId;
    private SupplierDetails supplier;
    private List<SharedResults.SharedResultView> results;
    private List<SharedResults.SchemeView> schemes;
    private List<EvidenceView> documents;
    private final Map<Long, String> notes = new HashMap<>();

    private String scheme;
    private Long evidenceId;
    private LocalDate assessedOn;
    private LocalDate validTo;
    private String result;
    private BigDecimal score;
    private String referenceNo;
    private String issuer;

    public void load() throws IOException {
        try {
            if (supplierId == null && currentUser.isSupplierUser()) {
                supplierId = currentUser.companyId().orElse(null);
            }
            if (supplierId == null) {
                throw new NotFoundException("supplier", "-");
            }
            supplier = suppliers.get(supplierId);
            schemes = sharedResults.schemes();
            refresh();
        } catch (NotFoundException | jakarta.ejb.EJBAccessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        results = sharedResults.ofSupplier(supplierId);
        documents = library.library(supplierId);
    }

    /** Stores the report or certificate in the company's library and chooses it for the result being entered. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        EvidenceKind kind = scheme != null && scheme.startsWith("ISO_") ? EvidenceKind.CERTIFICATE : EvidenceKind.AUDIT_REPORT;
        try (InputStream in = file.getInputStream()) {
            EvidenceView stored = library.upload(supplierId, in, file.getFileName(),
                    new Evidence.Details(kind, blankToNull(issuer), assessedOn, validTo, null));
            documents = library.library(supplierId);
            evidenceId = stored.id();
            messages.info("shared.uploaded", stored.fileName());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public void submit() {
        if (evidenceId == null) {
            messages.error("shared.chooseReport");
            return;
        }
        try {
            SharedResults.SharedResultView stored = sharedResults.submit(supplierId, new SharedResult.Statement(scheme, evidenceId,
                    assessedOn, validTo, result, score, referenceNo, issuer));
            messages.info("shared.submitted", stored.proposals().size());
            scheme = null;
            evidenceId = null;
            assessedOn = null;
            validTo = null;
            result = null;
            score = null;
            referenceNo = null;
            issuer = null;
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void accept(SharedResults.ProposalView proposal) {
        decide(proposal, true);
    }

    public void decline(SharedResults.ProposalView proposal) {
        decide(proposal, false);
    }

    private void decide(SharedResults.ProposalView proposal, boolean accept) {
        try {
            SharedResults.Decided decided = sharedResults.decide(proposal.id(), accept, notes.get(proposal.id()), proposal.version());
            messages.info(accept ? "shared.accepted" : "shared.declined", proposal.indicatorCode(), decided.answeredIn().size(),
                    decided.keptIn().size());
            notes.remove(proposal.id());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        refresh();
    }

    public boolean isReviewer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROCUREMENT")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public boolean isSubmitter() {
        return currentUser.isSupplierUser() || isReviewer();
    }

    public boolean open(SharedResults.ProposalView proposal) {
        return proposal.status() == CoverageProposal.Status.PROPOSED;
    }

    public long getMaxUploadBytes() {
        return evidenceFiles.maxBytes();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public SupplierDetails getSupplier() { return supplier; }
    public List<SharedResults.SharedResultView> getResults() { return results; }
    public List<SharedResults.SchemeView> getSchemes() { return schemes; }
    public List<EvidenceView> getDocuments() { return documents; }
    public Map<Long, String> getNotes() { return notes; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public Long getEvidenceId() { return evidenceId; }
    public void setEvidenceId(Long evidenceId) { this.evidenceId = evidenceId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getReferenceNo() { return referenceNo; }
    public void setReferenceNo(String referenceNo) { this.referenceNo = referenceNo; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
}
