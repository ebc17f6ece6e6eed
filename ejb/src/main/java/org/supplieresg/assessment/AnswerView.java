package org.supplieresg.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.scoring.AnswerType;

/**
 * An indicator of a questionnaire with the supplier's answer, if any, and the reviewer's decision. Exactly one of
 * {@code yes}, {@code maturityLevel}, {@code value} is set, or {@code notApplicable} is true, or nothing for
 * unanswered. {@code helpEn} and {@code helpZh} explain the question in plain words (null if it has none).
 * {@code source} names the shared result an answer was taken from, if any; it lapses on {@code sourceValidTo}.
 */
public record AnswerView(String code, String dimension, String textEn, String textZh, String helpEn, String helpZh,
                         AnswerType answerType, String unit,
                         boolean notApplicableAllowed, Boolean yes, Integer maturityLevel, BigDecimal value,
                         boolean notApplicable, String comment, Decision decision, String decisionReason,
                         String decidedBy, String answeredBy, Instant answeredAt, Long answerVersion,
                         List<EvidenceView> evidence, String source, java.time.LocalDate sourceValidTo) {
}
