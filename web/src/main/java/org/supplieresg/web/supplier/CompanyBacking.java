package org.supplieresg.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.CompanyProfile;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.web.FormMessages;

/** The supplier user's own company: its record, and the local name, region and contacts it keeps up to date. */
@Named
@ViewScoped
public class CompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDirectory directory;

    @Inject
    FormMessages messages;

    private SupplierDetails company;
    private SupplierForm form;
    private List<AuditRecord> concurrentChanges = List.of();

    public void load() {
        company = directory.ownCompany();
        form = SupplierForm.of(company);
        concurrentChanges = List.of();
    }

    public void save() {
        try {
            company = directory.updateOwnCompany(company.version(),
                    new CompanyProfile(form.getLocalName(), form.getRegion(), form.contactDetails()));
            form = SupplierForm.of(company);
            messages.info("company.saved");
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            concurrentChanges = e.changes();
            messages.concurrentChange(e);
        }
    }

    public SupplierDetails getCompany() { return company; }
    public SupplierForm getForm() { return form; }
    public List<AuditRecord> getConcurrentChanges() { return concurrentChanges; }
}
