package org.supplieresg.web.supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;

/** A supplier's page: its record, its Tier-2 suppliers and its audit trail. */
@Named
@ViewScoped
public class SupplierViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDirectory directory;

    @Inject
    FormMessages messages;

    @Inject
    org.supplieresg.chain.ChainOverview chain;

    private Long id;
    private SupplierDetails supplier;
    private List<AuditRecord> history;
    private List<org.supplieresg.chain.ChainOverview.ChainRisk> chainRisks = List.of();

    /** Loads the supplier named in the URL; an unknown or foreign id answers 404. */
    public void load() throws IOException {
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no supplier id");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            supplier = directory.get(id);
            history = directory.history(id);
            chainRisks = supplier.tierTwoSuppliers().isEmpty() ? List.of() : chain.risksOf(id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "supplier not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Deletes a supplier registered by mistake (admin); refused while others depend on it. */
    public String delete() {
        try {
            directory.delete(supplier.id(), supplier.version());
            messages.info("supplier.deleted", supplier.legalName());
            messages.keepForRedirect();
            return "/app/suppliers/list.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        return null;
    }

    /** The risks this Tier-1 carries through its Tier-2s (those that share their results). */
    public List<org.supplieresg.chain.ChainOverview.ChainRisk> getChainRisks() { return chainRisks; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    /** The id from the URL, as typed: anything but a number answers 404 instead of failing the page. */
    public String getIdParam() { return id == null ? null : String.valueOf(id); }
    public void setIdParam(String value) {
        try {
            this.id = value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            this.id = -1L;
        }
    }
    public SupplierDetails getSupplier() { return supplier; }
    public List<AuditRecord> getHistory() { return history; }
}
