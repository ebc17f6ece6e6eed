package org.supplieresg.assessment;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.supplieresg.scoring.AnswerType;

/** Where an assessment stands: answered of answerable indicators, and answers that a reviewer sent back. */
final class Progress {

    private Progress() {
    }

    static AssessmentSummary of(EntityManager em, Assessment a) {
        int answerable = em.createQuery("SELECT COUNT(i) FROM Indicator i WHERE i.catalogueVersion = :v AND i.answerType <> :calculated", Long.class)
                .setParameter("v", a.campaign().catalogueVersion()).setParameter("calculated", AnswerType.CALCULATED)
                .getSingleResult().intValue();
        List<Answer> answers = a.answers();
        int toRevise = (int) answers.stream().filter(x -> x.decision() == Decision.REJECTED || x.decision() == Decision.MORE_INFO).count();
        return new AssessmentSummary(a.id(), a.campaign().id(), a.campaign().name(), a.campaign().deadline(),
                a.supplier().id(), a.supplier().legalName(), a.status(), answers.size(), answerable, toRevise, a.submittedAt());
    }
}
