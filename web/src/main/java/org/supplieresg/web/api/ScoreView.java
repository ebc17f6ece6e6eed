package org.supplieresg.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;
import org.supplieresg.scoring.Score;

/**
 * A supplier's current score as the API serves it, with the versions behind it: the catalogue whose questions were
 * answered, the catalogue whose weights and points scored them, and the tier policy.
 */
public record ScoreView(long supplierId, long assessmentId, BigDecimal total, Tier scoreTier, Tier tier,
                        SourcingStatus sourcingStatus, List<Dimension> dimensions, List<String> caps, Instant computedAt,
                        int catalogueVersion, int rulesVersion, int policyVersion) {

    /** One dimension's score; null when every indicator of it was not applicable. */
    public record Dimension(String code, BigDecimal score) {
    }

    static ScoreView of(Score s) {
        return new ScoreView(s.supplierId(), s.assessmentId(), s.total(), s.scoreTier(), s.tier(), s.sourcingStatus(),
                s.dimensions().stream().map(d -> new Dimension(d.dimensionCode(), d.score())).toList(),
                s.caps().isEmpty() ? List.of() : Arrays.asList(s.caps().split(";")), s.computedAt(),
                s.catalogueVersion(), s.rulesVersion(), s.policyVersion());
    }
}
