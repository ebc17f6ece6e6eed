package org.supplieresg.assessment;

/** A supplier submitted a questionnaire; {@code ownerId} is the Tier-1 running the campaign, null for the buyer's. */
public record AssessmentSubmitted(long assessmentId, long supplierId, Long ownerId) {
}
