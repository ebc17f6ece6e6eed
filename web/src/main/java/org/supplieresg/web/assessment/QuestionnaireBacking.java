package org.supplieresg.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.supplieresg.reports.QuestionnaireWorkbook;
import org.supplieresg.web.i18n.Texts;
import org.primefaces.model.file.UploadedFile;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceFiles;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.assessment.AnswerView;
import org.supplieresg.assessment.AssessmentStatus;
import org.supplieresg.assessment.Decision;
import org.supplieresg.assessment.QuestionnaireView;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Response;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;
import org.supplieresg.web.ImportProblem;

/**
 * The questionnaire page. A supplier answers indicator by indicator; each change saves a draft at once. A reviewer sees
 * the same page with a decision per answer, and can score the submitted questionnaire.
 */
@Named
@ViewScoped
public class QuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One indicator row as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private AnswerView view;
        private String choice;
        private BigDecimal value;
        private String comment;
        private String reason;

        Row(AnswerView view) {
            refresh(view);
        }

        void refresh(AnswerView v) {
            this.view = v;
            this.comment = v.comment();
            this.reason = v.decisionReason();
            this.value = v.value();
            if (v.notApplicable()) {
                choice = "NA";
            } else if (v.yes() != null) {
                choice = v.yes() ? "YES" : "NO";
            } else if (v.maturityLevel() != null) {
                choice = String.valueOf(v.maturityLevel());
            } else if (v.value() != null) {
                choice = "VALUE";
            } else {
                choice = null;
            }
        }

        Response response() {
            if ("NA".equals(choice)) {
                return new Response.NotApplicable();
            }
            return switch (view.answerType()) {
                case YES_NO -> choice == null ? null : new Response.YesNo("YES".equals(choice));
                case MATURITY -> choice == null ? null : new Response.Maturity(Integer.parseInt(choice));
                case NUMERIC, CALCULATED -> value == null ? null : new Response.Kpi(value);
            };
        }

        public AnswerView getView() { return view; }
        public String getChoice() { return choice; }
        public void setChoice(String choice) { this.choice = choice; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public boolean isAnswered() { return view.answerVersion() != null; }
        public boolean isCalculated() { return view.answerType() == AnswerType.CALCULATED; }
    }

    @Inject
    Questionnaires questionnaires;

    @Inject
    Scores scores;

    @Inject
    FormMessages messages;

    @Inject
    EvidenceLibrary library;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    Texts texts;

    private Long id;
    private Row evidenceRow;
    private List<EvidenceView> libraryDocuments = List.of();
    private Long linkChoice;
    private EvidenceKind uploadKind = EvidenceKind.CERTIFICATE;
    private String uploadIssuer;
    private LocalDate uploadValidFrom;
    private LocalDate uploadValidTo;
    private String uploadLanguage;
    private EvidenceView preview;
    private List<ImportProblem> importProblems;

    private QuestionnaireView questionnaire;
    private Map<String, List<Row>> rowsByDimension;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("assessment", "-");
            }
            questionnaire = questionnaires.get(id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "assessment not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        rowsByDimension = new LinkedHashMap<>();
        for (AnswerView view : questionnaire.answers()) {
            rowsByDimension.computeIfAbsent(view.dimension(), d -> new ArrayList<>()).add(new Row(view));
        }
    }

    /** Saves one row as a draft, called on every change of its inputs. */
    public void save(Row row) {
        Response response = row.response();
        if (response == null) {
            return;
        }
        try {
            row.refresh(questionnaires.answer(id, row.view.code(), response, row.comment));
            questionnaire = questionnaires.get(id);
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    /** The questionnaire as an Excel workbook to fill in offline. */
    public StreamedContent getWorkbook() {
        return DefaultStreamedContent.builder()
                .name("questionnaire-" + id + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> {
                    try {
                        Questionnaires.QuestionnaireWorkbookContent content = questionnaires.workbook(id);
                        QuestionnaireWorkbook.write(content.header(), content.questions(), out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Takes back a filled workbook: all answers saved, or none and the list of rows to correct. */
    public void importWorkbook(FileUploadEvent event) {
        importProblems = null;
        try (InputStream in = event.getFile().getInputStream()) {
            int saved = questionnaires.importWorkbook(id, in);
            load();
            messages.info("workbook.imported", saved);
        } catch (InvalidInputException e) {
            importProblems = ImportProblem.of(e, texts.locale());
            messages.error("workbook.refused", importProblems.size());
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    /** The problems of the last refused workbook as a CSV file (UTF-8 with BOM, so that Excel shows Chinese). */
    public StreamedContent getErrorReport() {
        return DefaultStreamedContent.builder()
                .name("questionnaire-" + id + "-problems.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    StringBuilder csv = new StringBuilder("\uFEFFwhere,problem\r\n");
                    for (ImportProblem p : importProblems == null ? List.<ImportProblem>of() : importProblems) {
                        csv.append(csvField(p.where())).append(',').append(csvField(p.message())).append("\r\n");
                    }
                    try {
                        out.write(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    private static String csvField(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe; // never a formula in the reader's spreadsheet
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    public List<ImportProblem> getImportProblems() { return importProblems; }

    /** Opens the evidence dialog for one answer: what supports it, the library, and an upload. */
    public void openEvidence(Row row) {
        evidenceRow = row;
        linkChoice = null;
        libraryDocuments = library.library(questionnaire.assessment().supplierId());
    }

    /** Stores an uploaded file in the company's library and links it to the answer of the open dialog. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            EvidenceView stored = library.upload(questionnaire.assessment().supplierId(), in, file.getFileName(),
                    new Evidence.Details(uploadKind, blankToNull(uploadIssuer), uploadValidFrom, uploadValidTo, blankToNull(uploadLanguage)));
            link(stored.id());
            messages.info("evidence.uploaded", stored.fileName());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (IOException e) {
            messages.error("evidence.uploadFailed");
        }
    }

    public void linkExisting() {
        if (linkChoice == null) {
            messages.error("evidence.chooseDocument");
            return;
        }
        try {
            link(linkChoice);
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void unlink(EvidenceView evidence) {
        try {
            evidenceRow.refresh(questionnaires.unlinkEvidence(id, evidenceRow.view.code(), evidence.id()));
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    private void link(long evidenceId) {
        evidenceRow.refresh(questionnaires.linkEvidence(id, evidenceRow.view.code(), evidenceId));
        libraryDocuments = library.library(questionnaire.assessment().supplierId());
        linkChoice = null;
    }

    /** Shows a PDF or an image next to the answer it supports. */
    public void preview(EvidenceView evidence) {
        preview = evidence;
    }

    public String contentUrl(EvidenceView evidence, boolean inline) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/app/evidence?id="
                + evidence.id() + (inline ? "&inline=true" : "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Row getEvidenceRow() { return evidenceRow; }
    public List<EvidenceView> getLibraryDocuments() { return libraryDocuments; }
    public Long getLinkChoice() { return linkChoice; }
    public void setLinkChoice(Long linkChoice) { this.linkChoice = linkChoice; }
    public EvidenceKind getUploadKind() { return uploadKind; }
    public void setUploadKind(EvidenceKind uploadKind) { this.uploadKind = uploadKind; }
    public String getUploadIssuer() { return uploadIssuer; }
    public void setUploadIssuer(String uploadIssuer) { this.uploadIssuer = uploadIssuer; }
    public LocalDate getUploadValidFrom() { return uploadValidFrom; }
    public void setUploadValidFrom(LocalDate uploadValidFrom) { this.uploadValidFrom = uploadValidFrom; }
    public String getUploadLanguage() { return uploadLanguage; }
    public void setUploadLanguage(String uploadLanguage) { this.uploadLanguage = uploadLanguage; }
    public LocalDate getUploadValidTo() { return uploadValidTo; }
    public void setUploadValidTo(LocalDate uploadValidTo) { this.uploadValidTo = uploadValidTo; }
    public EvidenceKind[] getEvidenceKinds() { return EvidenceKind.values(); }
    public long getMaxUploadBytes() { return evidenceFiles.maxBytes(); }
    public EvidenceView getPreview() { return preview; }

    public void submit() {
        try {
            questionnaire = questionnaires.submit(id);
            messages.info("questionnaire.submitted");
        } catch (InvalidInputException e) {
            messages.error("questionnaire.incomplete", e.violations().size());
            messages.show(e);
        }
    }

    public void decide(Row row, String decision) {
        try {
            row.refresh(questionnaires.decide(id, row.view.code(), Decision.valueOf(decision), row.reason, row.view.answerVersion()));
            questionnaire = questionnaires.get(id);
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
    }

    public void reopen() {
        try {
            questionnaire = questionnaires.reopen(id);
            messages.info("questionnaire.reopened");
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public String score() {
        try {
            scores.score(id);
            messages.keepForRedirect();
            messages.info("questionnaire.scored");
            return "/app/score.xhtml?faces-redirect=true&supplier=" + questionnaire.assessment().supplierId();
        } catch (InvalidInputException e) {
            messages.show(e);
            return null;
        }
    }

    public boolean isEditable() {
        return questionnaire.assessment().status() == AssessmentStatus.IN_PROGRESS;
    }

    public int getProgressPercent() {
        int answerable = questionnaire.assessment().answerable();
        return answerable == 0 ? 0 : questionnaire.assessment().answered() * 100 / answerable;
    }

    public List<String> getDimensions() { return List.copyOf(rowsByDimension.keySet()); }
    public List<Row> rows(String dimension) { return rowsByDimension.get(dimension); }
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
    public QuestionnaireView getQuestionnaire() { return questionnaire; }
}
