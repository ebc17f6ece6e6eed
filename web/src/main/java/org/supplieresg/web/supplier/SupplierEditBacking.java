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
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierSummary;
import org.supplieresg.web.FormMessages;

/** Registers a new supplier or edits one; tells the user what someone else changed if they saved first. */
@Named
@ViewScoped
public class SupplierEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDirectory directory;

    @Inject
    FormMessages messages;

    private Long id;
    private long version;
    private SupplierForm form = new SupplierForm();
    private List<SupplierSummary> tierOneSuppliers;
    private List<AuditRecord> concurrentChanges = List.of();

    public void load() throws IOException {
        tierOneSuppliers = directory.tierOneSuppliers();
        if (id == null) {
            return;
        }
        try {
            SupplierDetails details = directory.get(id);
            form = SupplierForm.of(details);
            version = details.version();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "supplier not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        try {
            SupplierDetails saved = id == null
                    ? directory.register(form.toProfile())
                    : directory.revise(id, version, form.toProfile());
            messages.info(id == null ? "supplier.registered" : "supplier.saved", saved.legalName());
            messages.keepForRedirect();
            return "/app/suppliers/view.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            concurrentChanges = e.changes();
            messages.concurrentChange(e);
        }
        return null;
    }

    /** Drops the user's edits and starts again from what is stored now. */
    public void reloadCurrent() throws IOException {
        concurrentChanges = List.of();
        load();
    }

    public void addContact() {
        form.addContact();
    }

    public void removeContact(SupplierForm.ContactRow row) {
        form.removeContact(row);
    }

    public boolean isNew() { return id == null; }
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
    public SupplierForm getForm() { return form; }
    public List<SupplierSummary> getTierOneSuppliers() { return tierOneSuppliers; }
    public List<AuditRecord> getConcurrentChanges() { return concurrentChanges; }
}
