package org.supplieresg.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.supplieresg.assessment.CatalogueVersions;
import org.supplieresg.reports.CatalogueWorkbook;
import org.supplieresg.scoring.Rescoring;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.FormMessages;
import org.supplieresg.web.ImportProblem;
import org.supplieresg.web.ImportProblem;
import org.supplieresg.web.i18n.Texts;

/**
 * The admin's catalogue versions page: download a version as Excel, import an edited workbook as a draft (every
 * problem listed, nothing stored if there is one), review what the draft changes and whose tier would move, then
 * publish it or discard it.
 */
@Named
@ViewScoped
public class CatalogueVersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueVersions versions;

    @Inject
    Rescoring rescoring;

    @Inject
    FormMessages messages;

    @Inject
    Texts texts;

    private transient Part upload;
    private List<CatalogueVersions.VersionView> list;
    private List<ImportProblem> problems;
    private Integer selected;
    private List<CatalogueVersions.Difference> differences;
    private List<Rescoring.Change> changes;

    public void load() {
        list = versions.list();
    }

    public StreamedContent workbook(int versionNo) {
        return DefaultStreamedContent.builder()
                .name("catalogue-v" + versionNo + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    try {
                        CatalogueWorkbook.write(versions.content(versionNo), versionNo, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void importDraft() {
        problems = null;
        if (upload == null || upload.getSize() == 0) {
            messages.error("versions.chooseFile");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            CatalogueVersions.VersionView draft = versions.importDraft(in);
            messages.info("versions.imported", draft.versionNo(), draft.indicators());
            load();
            review(draft.versionNo());
        } catch (InvalidInputException e) {
            problems = ImportProblem.of(e, texts.locale());
            messages.error("versions.importRefused", problems.size());
        } catch (IOException e) {
            messages.error("versions.chooseFile");
        }
    }

    /** Shows what a draft changes: the differences with the version in force and whose score or tier would move. */
    public void review(int versionNo) {
        selected = versionNo;
        differences = versions.differences(versionNo);
        changes = rescoring.previewCatalogue(versionNo);
    }

    public void publish() {
        try {
            List<Rescoring.Change> applied = rescoring.publishCatalogue(selected);
            messages.info("versions.published", selected, applied.size());
            changes = applied;
            differences = null;
            selected = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void discard() {
        try {
            versions.discard(selected);
            messages.info("versions.discarded", selected);
            selected = null;
            differences = null;
            changes = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public List<CatalogueVersions.VersionView> getList() { return list; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public List<ImportProblem> getProblems() { return problems; }
    public Integer getSelected() { return selected; }
    public List<CatalogueVersions.Difference> getDifferences() { return differences; }
    public List<Rescoring.Change> getChanges() { return changes; }
    public long getTierChanges() { return changes == null ? 0 : changes.stream().filter(Rescoring.Change::tierChanged).count(); }
}
