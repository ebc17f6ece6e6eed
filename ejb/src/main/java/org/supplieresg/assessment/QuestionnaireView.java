package org.supplieresg.assessment;

import java.util.List;

/** A whole questionnaire: the assessment's summary and every indicator with its answer. */
public record QuestionnaireView(AssessmentSummary assessment, long version, List<AnswerView> answers) {
}
