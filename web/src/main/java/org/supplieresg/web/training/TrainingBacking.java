package org.supplieresg.web.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.training.TrainingLibrary;
import org.supplieresg.training.TrainingModule;
import org.supplieresg.training.TrainingViews;
import org.supplieresg.web.FormMessages;

/**
 * The training library page for staff: the modules by dimension and the threshold; an admin adds or edits a module (a
 * link, or material uploaded here), deactivates one, and changes the threshold. Only translates between the page and
 * {@link TrainingLibrary}. Supplier users see their modules on their home and record pages instead (403 here).
 */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private List<TrainingViews.ModuleView> modules;
    private List<DimensionView> dimensions;
    private TrainingViews.PolicyView policy;
    private BigDecimal threshold;

    private Long editingId;
    private Long editingVersion;
    private boolean editingActive = true;
    private String titleEn;
    private String titleZh;
    private String descriptionEn;
    private String descriptionZh;
    private String publisher;
    private String language = "en";
    private String dimension;
    private Integer durationMinutes;
    private String link;
    private TrainingViews.MaterialView material;

    public void load() throws IOException {
        if (currentUser.isSupplierUser()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        dimensions = library.dimensions();
        refresh();
    }

    private void refresh() {
        modules = library.modules();
        policy = library.policy();
        threshold = policy.threshold();
    }

    /** Stores the uploaded file as material and chooses it for the module being entered (instead of a link). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            material = library.upload(in, file.getFileName());
            link = null;
            messages.info("training.uploaded", material.fileName());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public void removeMaterial() {
        material = null;
    }

    public void save() {
        TrainingModule.Details details = new TrainingModule.Details(titleEn, titleZh, descriptionEn, descriptionZh, publisher, language,
                dimension, durationMinutes, link, material == null ? null : material.id());
        try {
            if (editingId == null) {
                TrainingViews.ModuleView created = library.create(details);
                messages.info("training.created", created.titleEn());
            } else {
                TrainingViews.ModuleView saved = library.update(editingId, details, editingActive, editingVersion);
                messages.info("training.saved", saved.titleEn());
            }
            clear();
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
    }

    /** Loads a module into the form for editing. */
    public void edit(TrainingViews.ModuleView module) {
        editingId = module.id();
        editingVersion = module.version();
        editingActive = module.active();
        titleEn = module.titleEn();
        titleZh = module.titleZh();
        descriptionEn = module.descriptionEn();
        descriptionZh = module.descriptionZh();
        publisher = module.publisher();
        language = module.language();
        dimension = module.dimension();
        durationMinutes = module.durationMinutes();
        link = module.link();
        material = module.hasMaterial() ? new TrainingViews.MaterialView(module.materialId(), module.materialFileName(),
                module.materialContentType(), module.materialSizeBytes(), null, null, null) : null;
    }

    public void clear() {
        editingId = null;
        editingVersion = null;
        editingActive = true;
        titleEn = null;
        titleZh = null;
        descriptionEn = null;
        descriptionZh = null;
        publisher = null;
        language = "en";
        dimension = null;
        durationMinutes = null;
        link = null;
        material = null;
    }

    public void deactivate(TrainingViews.ModuleView module) {
        library.deactivate(module.id());
        messages.info("training.deactivated", module.titleEn());
        if (java.util.Objects.equals(editingId, module.id())) {
            clear();
        }
        refresh();
    }

    public void changeThreshold() {
        try {
            policy = library.changePolicy(threshold, policy.version());
            messages.info("training.thresholdSaved", policy.threshold().stripTrailingZeros().toPlainString());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
            refresh();
        }
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    /** The dimension's name in the reader's language, for the table. */
    public String dimensionName(String code, boolean chinese) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> code + " · " + (chinese ? d.nameZh() : d.nameEn())).orElse(code);
    }

    public long getMaxUploadBytes() {
        return org.supplieresg.training.TrainingMaterial.MAX_BYTES;
    }

    public List<TrainingViews.ModuleView> getModules() { return modules; }
    public List<DimensionView> getDimensions() { return dimensions; }
    public TrainingViews.PolicyView getPolicy() { return policy; }
    public BigDecimal getThreshold() { return threshold; }
    public void setThreshold(BigDecimal threshold) { this.threshold = threshold; }
    public Long getEditingId() { return editingId; }
    public boolean isEditingActive() { return editingActive; }
    public void setEditingActive(boolean editingActive) { this.editingActive = editingActive; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionZh() { return descriptionZh; }
    public void setDescriptionZh(String descriptionZh) { this.descriptionZh = descriptionZh; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public TrainingViews.MaterialView getMaterial() { return material; }
}
