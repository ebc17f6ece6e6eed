package org.supplieresg.assessment;

import static org.supplieresg.identity.Role.Names.ADMIN;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.scoring.CurrentScore;
import org.supplieresg.scoring.ScoreWriter;
import org.supplieresg.scoring.Scores;

/**
 * Once a day: an accepted answer whose evidence has all expired, or whose shared result has lapsed, goes back to the
 * supplier ("more information needed", with the expired document or result named), and the supplier's current score is computed again, so that no score
 * rests on a lapsed certificate. Every change is in the audit trail, by "system".
 */
@Stateless
public class EvidenceExpiry {

    /** What a check changed. */
    public record Result(int answersSentBack, int scoresRecomputed) {
    }

    private static final Logger LOG = Logger.getLogger(EvidenceExpiry.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Scores scores;

    @Inject
    ScoreWriter scoreWriter;

    @Inject
    Clock clock;

    @Schedule(hour = "2", minute = "5")
    @PermitAll
    public void daily() {
        Result result = check();
        if (result.answersSentBack() > 0) {
            LOG.info(() -> "evidence expiry: " + result.answersSentBack() + " answer(s) sent back, "
                    + result.scoresRecomputed() + " score(s) recomputed");
        }
    }

    /** Runs the check now (admin), as the daily job does. */
    @RolesAllowed(ADMIN)
    public Result check() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Answer> candidates = em.createQuery("SELECT DISTINCT x FROM Answer x JOIN x.evidence e"
                        + " WHERE x.decision = :accepted AND e.validTo < :today", Answer.class)
                .setParameter("accepted", Decision.ACCEPTED).setParameter("today", today).getResultList();
        Set<Long> assessments = new LinkedHashSet<>();
        int sentBack = 0;
        for (Answer answer : candidates) {
            Map<String, String> before = answer.auditSnapshot();
            Evidence lapsed = answer.evidence().stream().filter(e -> e.expiredOn(today)).findFirst().orElseThrow();
            String reason = "Evidence \"" + lapsed.fileName() + "\" expired on " + lapsed.validTo()
                    + ": upload a current version. / 证明材料已于 " + lapsed.validTo() + " 过期，请上传有效版本。";
            if (answer.evidenceExpired(today, reason, clock.instant())) {
                em.flush();
                auditTrail.updated(answer, answer.version(), before);
                assessments.add(answer.assessment().id());
                sentBack++;
            }
        }
        List<Answer> fromLapsedResults = em.createQuery("SELECT x FROM Answer x JOIN x.source p"
                        + " WHERE x.decision = :accepted AND p.validTo < :today", Answer.class)
                .setParameter("accepted", Decision.ACCEPTED).setParameter("today", today).getResultList();
        for (Answer answer : fromLapsedResults) {
            Map<String, String> before = answer.auditSnapshot();
            SharedResult result = answer.source().sharedResult();
            String reason = "The " + result.scheme().nameEn() + " this answer was taken from (" + result.describe()
                    + ") no longer covers it after " + answer.source().validTo() + ": submit a current result or answer and attach evidence."
                    + " / 本答案所依据的" + result.scheme().nameZh() + "已于 " + answer.source().validTo() + " 后失效，请提交有效结果或重新作答并上传证明材料。";
            if (answer.sourceExpired(today, reason, clock.instant())) {
                em.flush();
                auditTrail.updated(answer, answer.version(), before);
                assessments.add(answer.assessment().id());
                sentBack++;
            }
        }
        Map<Long, CurrentScore> current = scoreWriter.latestScores();
        int recomputed = 0;
        for (Long assessmentId : assessments) {
            Assessment assessment = em.find(Assessment.class, assessmentId);
            CurrentScore score = current.get(assessment.supplier().id());
            if (score != null && score.assessmentId() == assessmentId && assessment.status() == AssessmentStatus.SUBMITTED) {
                scores.refresh(assessmentId);
                recomputed++;
            }
        }
        return new Result(sentBack, recomputed);
    }
}
