package org.supplieresg.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The report jobs' state, each change in a transaction of its own and each a conditional update: a job is claimed
 * only while queued, advanced and finished only by the server that claimed it, so that a job runs once however many
 * servers and requests there are. Called by {@link ReportJobs} and {@link ReportRunner}, never from the web.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobStore {

    /** A request's job and whether this request created it (false: the same report was already queued or running). */
    public record Requested(ReportJob job, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Queues the report unless the same one (kind, parameters, language) is already queued or running, in which case
     * that job is returned: the database's partial unique index decides, so two requests at once make one job.
     */
    public Requested request(ReportRequest request, String user, String runner, Instant now, Long rerunOf) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<?> inserted = em.createNativeQuery("INSERT INTO report_job (id, kind, parameters, language, status, requested_by, requested_at,"
                            + " runner, rerun_of) VALUES (nextval('report_job_seq'), ?1, ?2, ?3, 'QUEUED', ?4, ?5, ?6, CAST(?7 AS BIGINT))"
                            + " ON CONFLICT (kind, parameters, language) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id")
                    .setParameter(1, request.kind().name()).setParameter(2, request.canonical()).setParameter(3, request.language())
                    .setParameter(4, user).setParameter(5, Timestamp.from(now)).setParameter(6, runner).setParameter(7, rerunOf)
                    .getResultList();
            if (!inserted.isEmpty()) {
                return new Requested(em.find(ReportJob.class, ((Number) inserted.get(0)).longValue()), true);
            }
            Optional<ReportJob> active = em.createQuery("SELECT j FROM ReportJob j WHERE j.kind = :k AND j.parameters = :p AND j.language = :l"
                            + " AND j.status IN (org.supplieresg.reporting.JobStatus.QUEUED, org.supplieresg.reporting.JobStatus.RUNNING)", ReportJob.class)
                    .setParameter("k", request.kind()).setParameter("p", request.canonical()).setParameter("l", request.language())
                    .getResultStream().findFirst();
            if (active.isPresent()) {
                return new Requested(active.get(), false);
            }
            // the active one finished between the insert and the read: try again
        }
        throw new IllegalStateException("could not queue report " + request.kind() + " " + request.canonical());
    }

    /** Takes a queued job for this server; false if it was cancelled, taken or is not this server's. */
    public boolean claim(long id, String runner, Instant now) {
        return em.createNativeQuery("UPDATE report_job SET status = 'RUNNING', started_at = ?1, version = version + 1"
                        + " WHERE id = ?2 AND status = 'QUEUED' AND runner = ?3 AND NOT cancel_requested")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, runner).executeUpdate() == 1;
    }

    /**
     * Records how far the job got; returns false when it must stop (cancel requested, or no longer this server's).
     */
    public boolean progress(long id, String runner, int done, int total, String step) {
        List<?> cancel = em.createNativeQuery("UPDATE report_job SET progress_done = ?1, progress_total = ?2, progress_step = ?3"
                        + " WHERE id = ?4 AND status = 'RUNNING' AND runner = ?5 RETURNING cancel_requested")
                .setParameter(1, done).setParameter(2, total).setParameter(3, step).setParameter(4, id).setParameter(5, runner)
                .getResultList();
        return !cancel.isEmpty() && !Boolean.TRUE.equals(cancel.get(0));
    }

    public boolean succeed(long id, String runner, String fileName, String contentType, ReportStorage.Stored file, Instant now) {
        return em.createNativeQuery("UPDATE report_job SET status = 'SUCCEEDED', finished_at = ?1, file_name = ?2, content_type = ?3,"
                        + " file_size = ?4, sha256 = ?5, progress_done = progress_total, error = NULL, version = version + 1"
                        + " WHERE id = ?6 AND status = 'RUNNING' AND runner = ?7")
                .setParameter(1, Timestamp.from(now)).setParameter(2, fileName).setParameter(3, contentType).setParameter(4, file.size())
                .setParameter(5, file.sha256()).setParameter(6, id).setParameter(7, runner).executeUpdate() == 1;
    }

    public void fail(long id, String runner, String reason, Instant now) {
        finish(id, runner, JobStatus.FAILED, reason == null || reason.isBlank() ? "failed without a message" : reason, now);
    }

    public void cancelled(long id, String runner, Instant now) {
        finish(id, runner, JobStatus.CANCELLED, null, now);
    }

    private void finish(long id, String runner, JobStatus status, String error, Instant now) {
        em.createNativeQuery("UPDATE report_job SET status = ?1, finished_at = ?2, error = ?3, version = version + 1"
                        + " WHERE id = ?4 AND status IN ('QUEUED', 'RUNNING') AND runner = ?5")
                .setParameter(1, status.name()).setParameter(2, Timestamp.from(now)).setParameter(3, error).setParameter(4, id)
                .setParameter(5, runner).executeUpdate();
    }

    /** A queued job is cancelled at once; a running one is asked to stop and stops at its next progress step. */
    public void requestCancel(long id, Instant now) {
        em.createNativeQuery("UPDATE report_job SET status = 'CANCELLED', finished_at = ?1, cancel_requested = true, version = version + 1"
                + " WHERE id = ?2 AND status = 'QUEUED'").setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate();
        em.createNativeQuery("UPDATE report_job SET cancel_requested = true WHERE id = ?1 AND status = 'RUNNING'").setParameter(1, id)
                .executeUpdate();
    }

    /**
     * After this server restarted: the jobs it had queued or was running did not finish; they are marked failed with
     * the reason, and can be run again. Other servers' jobs are left alone. Returns the ids of the jobs it failed.
     */
    public java.util.Set<Long> failInterrupted(String runner, Instant now) {
        List<?> ids = em.createNativeQuery("UPDATE report_job SET status = 'FAILED', finished_at = ?1, version = version + 1,"
                        + " error = 'interrupted: the server stopped before the report was finished; run it again'"
                        + " WHERE status IN ('QUEUED', 'RUNNING') AND runner = ?2 RETURNING id")
                .setParameter(1, Timestamp.from(now)).setParameter(2, runner).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(java.util.stream.Collectors.toSet());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReportJob> find(long id) {
        return Optional.ofNullable(em.find(ReportJob.class, id)); // not in the shared cache: always as stored
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReportJob> recent(int limit) {
        return em.createQuery("SELECT j FROM ReportJob j ORDER BY j.requestedAt DESC, j.id DESC", ReportJob.class)
                .setMaxResults(limit).getResultList();
    }
}
