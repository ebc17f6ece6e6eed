package org.supplieresg.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supplieresg.assessment.AnswerView;
import org.supplieresg.assessment.Decision;
import org.supplieresg.assessment.QuestionnaireView;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.reports.QuestionnaireWorkbook;
import org.supplieresg.scoring.Response;
import org.supplieresg.scoring.ScoreCard;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** A supplier's questionnaire: answers, submission, reviewers' decisions and scoring. */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    /**
     * One answer: set exactly one of yes, maturityLevel (0-4), value or notApplicable. A value is in the indicator's
     * unit; send {@code unit} to have that checked.
     */
    public record AnswerInput(Boolean yes, Integer maturityLevel, BigDecimal value, String unit, Boolean notApplicable, String comment) {

        Response response(String code) {
            List<Response> given = new ArrayList<>();
            if (yes != null) {
                given.add(new Response.YesNo(yes));
            }
            if (maturityLevel != null) {
                if (maturityLevel < 0 || maturityLevel > 4) {
                    throw new InvalidInputException(FieldViolation.of("maturityLevel", "answer.maturity.range", code));
                }
                given.add(new Response.Maturity(maturityLevel));
            }
            if (value != null) {
                given.add(new Response.Kpi(value));
            }
            if (Boolean.TRUE.equals(notApplicable)) {
                given.add(new Response.NotApplicable());
            }
            if (given.size() != 1) {
                throw new InvalidInputException(FieldViolation.of("answer", "answer.exactlyOne", code));
            }
            return given.get(0);
        }
    }

    /** A reviewer's decision, with the answer version the reviewer saw. */
    public record DecisionInput(Decision decision, String reason, Long version) {
    }

    @Inject
    Questionnaires questionnaires;

    @Inject
    Scores scores;

    @GET
    @Path("{id}")
    @Operation(summary = "A questionnaire with every indicator and its answer")
    public QuestionnaireView get(@PathParam("id") long id) {
        return questionnaires.get(id);
    }

    @PUT
    @Path("{id}/answers/{code}")
    @Operation(summary = "Save an answer as a draft (supplier)", description = "Refused after submission, for a closed campaign, or for a value the indicator does not take.")
    public AnswerView answer(@PathParam("id") long id, @PathParam("code") String code, AnswerInput input) {
        if (input == null) {
            throw new BadRequestException("The request has no body: send the answer as JSON.");
        }
        return questionnaires.answer(id, code, input.response(code), input.unit(), input.comment());
    }

    /** What an imported workbook changed. */
    public record ImportResult(int saved, QuestionnaireView questionnaire) {
    }

    @GET
    @Path("{id}/workbook")
    @Produces(CatalogueVersionResource.XLSX)
    @Operation(summary = "The questionnaire as an Excel workbook to fill in offline")
    public jakarta.ws.rs.core.Response workbook(@PathParam("id") long id) {
        Questionnaires.QuestionnaireWorkbookContent content = questionnaires.workbook(id);
        jakarta.ws.rs.core.StreamingOutput body = out -> QuestionnaireWorkbook.write(content.header(), content.questions(), out);
        return jakarta.ws.rs.core.Response.ok(body, CatalogueVersionResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"questionnaire-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/workbook")
    @Consumes({CatalogueVersionResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Take back a filled questionnaire workbook (supplier)",
            description = "All or nothing: if any row is wrong, the answer is a 400 listing every row and problem, and nothing is saved.")
    public ImportResult importWorkbook(@PathParam("id") long id, java.io.InputStream workbook) {
        try {
            int saved = questionnaires.importWorkbook(id, workbook);
            return new ImportResult(saved, questionnaires.get(id));
        } finally {
            Uploads.drain(workbook);
        }
    }

    @GET
    @Path("{id}/answers/{code}/history")
    @Operation(summary = "Every change to one answer: who, when, before and after")
    public java.util.List<org.supplieresg.audittrail.AuditRecord> history(@PathParam("id") long id, @PathParam("code") String code) {
        return questionnaires.answerHistory(id, code);
    }

    @PUT
    @Path("{id}/answers/{code}/evidence/{evidenceId}")
    @Operation(summary = "Link a document of the company's library to an answer (supplier)",
            description = "The answer goes back to the reviewer. Refused after submission.")
    public AnswerView linkEvidence(@PathParam("id") long id, @PathParam("code") String code, @PathParam("evidenceId") long evidenceId) {
        return questionnaires.linkEvidence(id, code, evidenceId);
    }

    @DELETE
    @Path("{id}/answers/{code}/evidence/{evidenceId}")
    @Operation(summary = "Unlink a document from an answer (supplier)")
    public AnswerView unlinkEvidence(@PathParam("id") long id, @PathParam("code") String code, @PathParam("evidenceId") long evidenceId) {
        return questionnaires.unlinkEvidence(id, code, evidenceId);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the questionnaire (supplier)", description = "Every answerable indicator must be answered; 400 lists what is missing.")
    public QuestionnaireView submit(@PathParam("id") long id) {
        return questionnaires.submit(id);
    }

    @PUT
    @Path("{id}/answers/{code}/decision")
    @Operation(summary = "Accept, reject or ask about an answer (reviewer)", description = "Send the answer version you saw; 409 if another reviewer decided since.")
    public AnswerView decide(@PathParam("id") long id, @PathParam("code") String code, DecisionInput input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException(FieldViolation.of("version", "field.required"));
        }
        return questionnaires.decide(id, code, input.decision(), input.reason(), input.version());
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a submitted questionnaire so that the supplier can revise it (reviewer)")
    public QuestionnaireView reopen(@PathParam("id") long id) {
        return questionnaires.reopen(id);
    }

    @POST
    @Path("{id}/score")
    @Operation(summary = "Score a submitted questionnaire now", description = "Stores the result with the catalogue and policy versions used.")
    public ScoreCard score(@PathParam("id") long id) {
        return scores.score(id);
    }
}
