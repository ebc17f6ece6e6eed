package org.supplieresg.web.minerals;

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
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.minerals.ConformantSmelterLists;
import org.supplieresg.minerals.MineralsDeclarations;
import org.supplieresg.minerals.MineralsFinding;
import org.supplieresg.minerals.MineralsDeclarations.DeclarationView;
import org.supplieresg.minerals.MineralsDeclarations.FindingView;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierSummary;
import org.supplieresg.web.FormMessages;

/**
 * The responsible-minerals page: a company's CMRT and EMRT declarations with their smelters and findings, the upload
 * of a new one, and for the buyer the conformant smelter list. Staff choose the company; a supplier user sees its own.
 * Only translates between the page and {@link MineralsDeclarations} and {@link ConformantSmelterLists}.
 */
@Named
@ViewScoped
public class MineralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MineralsDeclarations declarations;

    @Inject
    ConformantSmelterLists lists;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private Long supplierId;
    private SupplierDetails supplier;
    private String supplierChoice;
    private List<DeclarationView> declared = List.of();
    private List<FindingView> findings = List.of();
    private ConformantSmelterLists.ListView currentList;
    private String listName = "RMAP Conformant Smelter List";
    private LocalDate listDate;

    public void load() throws IOException {
        try {
            if (currentUser.isSupplierUser()) {
                supplierId = currentUser.companyId().orElseThrow(() -> new NotFoundException("supplier", "-"));
            }
            if (supplierId != null) {
                supplier = suppliers.get(supplierId);
            }
            refresh();
        } catch (NotFoundException | jakarta.ejb.EJBAccessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        currentList = lists.current().orElse(null);
        if (supplierId != null) {
            declared = declarations.declarations(supplierId);
            findings = declarations.findings(supplierId);
        }
    }

    /** Staff: suppliers whose name contains the text, as "name · country · #id". */
    public List<String> completeSupplier(String text) {
        return suppliers.search(new SupplierSearch(text, null, null, null, null, "legalName", true, 0, 15)).rows().stream()
                .map(MineralsBacking::label).toList();
    }

    private static String label(SupplierSummary s) {
        return s.legalName() + " · " + s.country() + " · #" + s.id();
    }

    /** Opens the page for the chosen supplier (a link that can be shared). */
    public String choose() {
        if (supplierChoice == null || !supplierChoice.matches(".*#\\d+$")) {
            messages.error("minerals.chooseSupplier");
            return null;
        }
        return "/app/minerals?faces-redirect=true&supplier=" + supplierChoice.substring(supplierChoice.lastIndexOf('#') + 1);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            DeclarationView stored = declarations.upload(supplierId, in, file.getFileName());
            messages.info("minerals.uploaded", stored.template(), stored.revision(), stored.smelters().size(),
                    stored.findings().size());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
        refresh();
    }

    public void importList(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            ConformantSmelterLists.Imported imported = lists.importList(in, file.getFileName(), listName, listDate);
            messages.info("minerals.list.imported", imported.list().entries(), imported.declarationsReviewed(), imported.findingsOpened(),
                    imported.findingsClosed());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
        refresh();
    }

    /** The findings of one declaration that are still open. */
    public long openFindings(DeclarationView declaration) {
        return declaration.findings().stream().filter(f -> f.status() == MineralsFinding.Status.OPEN).count();
    }

    public boolean isBuyer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROCUREMENT")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    /** Who may upload a template: the supplier user for its company, procurement, admin and auditors for any. */
    public boolean isUploader() {
        return supplierId != null && (currentUser.isSupplierUser() || isBuyer()
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("AUDITOR"));
    }

    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public SupplierDetails getSupplier() { return supplier; }
    public String getSupplierChoice() { return supplierChoice; }
    public void setSupplierChoice(String supplierChoice) { this.supplierChoice = supplierChoice; }
    public List<DeclarationView> getDeclarations() { return declared; }
    public List<FindingView> getFindings() { return findings; }
    public ConformantSmelterLists.ListView getCurrentList() { return currentList; }
    public String getListName() { return listName; }
    public void setListName(String listName) { this.listName = listName; }
    public LocalDate getListDate() { return listDate; }
    public void setListDate(LocalDate listDate) { this.listDate = listDate; }
}
