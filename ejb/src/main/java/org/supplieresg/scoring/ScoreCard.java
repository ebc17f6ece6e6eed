package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;

/**
 * A supplier's result with its reasons: the total, each dimension, each indicator with the rule that applied, and the
 * caps that lowered the tier.
 *
 * @param scoreTier the tier the total alone earns
 * @param tier      the tier after caps
 */
public record ScoreCard(BigDecimal total, List<DimensionScore> dimensions, List<IndicatorScore> indicators,
                        List<Cap> caps, List<String> warnings, Tier scoreTier, Tier tier, int policyVersion) {

    public SourcingStatus sourcingStatus() {
        return tier.sourcingStatus();
    }

    /**
     * One dimension: earned of possible points, the score 0-100, and the weight it carried in the total (renormalised
     * when a dimension drops out because all its indicators are "not applicable"); null score then.
     */
    public record DimensionScore(String code, BigDecimal earned, BigDecimal possible, BigDecimal score,
                                 BigDecimal weightPercent, BigDecimal effectiveWeightPercent, int notApplicable) {
    }

    /**
     * One indicator: points earned of its maximum, whether it counts in the dimension (not for accepted "not
     * applicable"), whether the answer fails, and the rule that applied, as a message key with arguments.
     */
    public record IndicatorScore(String code, String dimension, BigDecimal earned, BigDecimal maxPoints, boolean counted,
                                 boolean failing, String rule, List<String> ruleArguments) {
    }

    /** A rule that lowered the tier: which one, to what, and the indicator or finding behind it. */
    public record Cap(Kind kind, Tier maximum, String source) {

        public enum Kind {
            /** A confirmed failing answer to a red-flag indicator: tier D. */
            RED_FLAG,
            /** An open Major (or Priority) finding from an on-site audit: at most C. */
            OPEN_MAJOR_FINDING,
            /** A dimension below the policy's floor: no A. */
            DIMENSION_BELOW_FLOOR,
            /** A corrective action overdue past the last escalation step: at most C until it is submitted. */
            OVERDUE_CORRECTIVE_ACTION
        }
    }
}
