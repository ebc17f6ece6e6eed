package org.supplieresg.scoring;

import java.time.Instant;

/**
 * A supplier's score was stored (an assessment scored, or scored again after an audit, a shared result or an expired
 * document). Fired synchronously inside the scoring transaction, so that what observers do commits or rolls back with
 * the score. Rescoring everyone at once ({@link Rescoring}) does not fire it.
 *
 * @param computedAt when the score was computed
 */
public record Scored(long supplierId, long assessmentId, ScoreCard card, Instant computedAt) {
}
