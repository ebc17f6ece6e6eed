package org.supplieresg.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.supplieresg.reports.SupplierImportWorkbook;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.SupplierImport;
import org.supplieresg.web.FormMessages;
import org.supplieresg.web.ImportProblem;
import org.supplieresg.web.i18n.Texts;

/** The supplier list's "Import from Excel" panel: the template, the upload, and the rows to correct. */
@Named
@ViewScoped
public class SupplierImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    SupplierImport imports;

    @Inject
    FormMessages messages;

    @Inject
    Texts texts;

    private List<ImportProblem> problems;

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name("supplier-import-template.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    try {
                        SupplierImportWorkbook.writeTemplate(imports.columns(), List.of(texts.get("import.instructions")), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void upload(FileUploadEvent event) {
        problems = null;
        try (InputStream in = event.getFile().getInputStream()) {
            int created = imports.importWorkbook(in).size();
            messages.info("import.created", created);
        } catch (InvalidInputException e) {
            problems = ImportProblem.of(e, texts.locale());
            messages.error("import.refused", problems.size());
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
