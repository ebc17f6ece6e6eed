package org.supplieresg.chain;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.supplieresg.assessment.AssessmentSubmitted;
import org.supplieresg.scoring.Scores;

/**
 * Scores a Tier-2's questionnaire as soon as it is submitted to a Tier-1's campaign. Nobody reviews those answers
 * (the buyer's reviewers work on the buyer's campaigns), so the score is a self-assessment: every answer counts at the
 * tier policy's share for unvalidated answers, which the score's rule texts say.
 */
@Stateless
public class CascadeScoring {

    @Inject
    Scores scores;

    public void onSubmitted(@Observes AssessmentSubmitted submitted) {
        if (submitted.ownerId() != null) {
            scores.refresh(submitted.assessmentId());
        }
    }
}
