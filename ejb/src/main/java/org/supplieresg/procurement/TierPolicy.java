package org.supplieresg.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * The rules that turn a score into a tier, as one version of the policy. Default (version 1): A from 80, B from 65,
 * C from 50, D below; a dimension below 30 rules out A; a self-declared answer not yet accepted earns half its points.
 *
 * @param unvalidatedPointsPercent the share of its points that an answer earns until a reviewer accepts it
 */
public record TierPolicy(int versionNo, BigDecimal aMinimum, BigDecimal bMinimum, BigDecimal cMinimum,
                         BigDecimal dimensionFloorForA, BigDecimal unvalidatedPointsPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TierPolicy {
        InvalidInputException.throwIfAny(violations(aMinimum, bMinimum, cMinimum, dimensionFloorForA, unvalidatedPointsPercent));
    }

    public static TierPolicy defaults() {
        return new TierPolicy(1, BigDecimal.valueOf(80), BigDecimal.valueOf(65), BigDecimal.valueOf(50),
                BigDecimal.valueOf(30), BigDecimal.valueOf(50));
    }

    static List<FieldViolation> violations(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal floor, BigDecimal unvalidated) {
        List<FieldViolation> found = new ArrayList<>();
        for (var entry : List.of(new Object[] {"aMinimum", a}, new Object[] {"bMinimum", b}, new Object[] {"cMinimum", c},
                new Object[] {"dimensionFloorForA", floor}, new Object[] {"unvalidatedPointsPercent", unvalidated})) {
            BigDecimal value = (BigDecimal) entry[1];
            if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                found.add(FieldViolation.of((String) entry[0], "policy.percent.range"));
            }
        }
        if (found.isEmpty() && !(c.compareTo(b) < 0 && b.compareTo(a) < 0)) {
            found.add(FieldViolation.of("bMinimum", "policy.thresholds.order"));
        }
        return found;
    }

    /** The tier that the score alone earns, before any cap. */
    public Tier tierForScore(BigDecimal score) {
        Objects.requireNonNull(score);
        if (score.compareTo(aMinimum) >= 0) {
            return Tier.A;
        }
        if (score.compareTo(bMinimum) >= 0) {
            return Tier.B;
        }
        if (score.compareTo(cMinimum) >= 0) {
            return Tier.C;
        }
        return Tier.D;
    }
}
