package org.supplieresg.assessment;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.scoring.AnswerType;

/** Where an assessment stands: answered of answerable indicators, and answers that a reviewer sent back. */
public final class Progress {

    private Progress() {
    }

    /**
     * The progress of every assessment of a campaign in two queries, however many suppliers it has: one count of the
     * answerable indicators, one aggregate over the answers.
     */
    static List<AssessmentSummary> ofCampaign(EntityManager em, Campaign campaign, List<Assessment> assessments) {
        int answerable = answerable(em, campaign);
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("SELECT x.assessment.id, x.decision, COUNT(x) FROM Answer x WHERE x.assessment.campaign = :c"
                        + " GROUP BY x.assessment.id, x.decision", Object[].class)
                .setParameter("c", campaign)
                .getResultStream()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], id -> new long[2]);
                    long n = ((Number) r[2]).longValue();
                    c[0] += n;
                    if (r[1] == Decision.REJECTED || r[1] == Decision.MORE_INFO) {
                        c[1] += n;
                    }
                });
        return assessments.stream().map(a -> {
            long[] c = counts.getOrDefault(a.id(), new long[2]);
            return new AssessmentSummary(a.id(), campaign.id(), campaign.name(), campaign.deadline(), a.supplier().id(),
                    a.supplier().legalName(), a.status(), (int) c[0], answerable, (int) c[1], a.submittedAt());
        }).toList();
    }

    private static int answerable(EntityManager em, Campaign campaign) {
        return em.createQuery("SELECT COUNT(i) FROM Indicator i WHERE i.catalogueVersion = :v AND i.answerType <> :calculated"
                        + " AND (i.core = TRUE OR :full = TRUE)", Long.class)
                .setParameter("v", campaign.catalogueVersion()).setParameter("calculated", AnswerType.CALCULATED)
                .setParameter("full", campaign.scope() == CampaignScope.FULL)
                .getSingleResult().intValue();
    }

    public static AssessmentSummary of(EntityManager em, Assessment a) {
        int answerable = answerable(em, a.campaign());
        List<Answer> answers = a.answers();
        int toRevise = (int) answers.stream().filter(x -> x.decision() == Decision.REJECTED || x.decision() == Decision.MORE_INFO).count();
        return new AssessmentSummary(a.id(), a.campaign().id(), a.campaign().name(), a.campaign().deadline(),
                a.supplier().id(), a.supplier().legalName(), a.status(), answers.size(), answerable, toRevise, a.submittedAt());
    }
}
