package org.supplieresg.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a supplier scorecard says, as {@link ScorecardPdf} prints it: one supplier's result in one campaign, with every
 * reason behind it. Texts that come from the catalogue (dimension and indicator names) are given in the report's
 * language by the caller; labels and sentences are the writer's. Fields documented as optional may be {@code null}
 * (or empty lists); every other field is required.
 *
 * @param dimensions  in catalogue order
 * @param strengths   the indicators that earned their full points, most heavily weighted first (a few)
 * @param gaps        the indicators that earned least of their points, largest shortfall first (a few)
 * @param redFlags    red-flag indicators answered so that they fail, confirmed or not
 * @param openFindings open on-site audit findings with their corrective actions
 * @param emissions   optional: the supplier's latest calculated inventory
 * @param trend       earlier campaigns' results, oldest first, ending with this one
 * @param nextTier    optional: what it takes to reach the next better tier; null in tier A
 */
public record SupplierScorecard(Company company, Period period, Result result, List<DimensionScore> dimensions,
                                List<IndicatorNote> strengths, List<IndicatorNote> gaps, List<RedFlag> redFlags,
                                List<OpenFinding> openFindings, EmissionsSummary emissions, List<TrendPoint> trend,
                                NextTier nextTier, Instant generatedAt, String generatedBy) {

    public SupplierScorecard {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        dimensions = List.copyOf(dimensions);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        redFlags = List.copyOf(redFlags);
        openFindings = List.copyOf(openFindings);
        trend = List.copyOf(trend);
    }

    /**
     * @param localName optional, for example the Chinese name
     * @param country   ISO 3166-1 alpha-2
     */
    public record Company(long id, String legalName, String localName, String country, String spendCategory, String chainTier) {
    }

    /** The campaign the result comes from and the rules it was scored under. */
    public record Period(String campaign, LocalDate deadline, int catalogueVersion, int policyVersion, Instant scoredAt) {
    }

    /**
     * The result and the rule that set the tier: the tier the total earns under the policy's minimums, lowered by any
     * caps to {@code tier}.
     *
     * @param total          0-100, two decimals
     * @param scoreTier      A-D, what the total alone earns
     * @param tier           A-D, after the caps
     * @param sourcingStatus PREFERRED, APPROVED, CONDITIONAL or BLOCKED
     */
    public record Result(BigDecimal total, String scoreTier, String tier, String sourcingStatus, TierPolicy policy, List<Cap> caps) {
        public Result {
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(policy, "policy");
            caps = List.copyOf(caps);
        }
    }

    /** The policy's thresholds: total of at least aMinimum is A, bMinimum B, cMinimum C, below that D. */
    public record TierPolicy(int version, BigDecimal aMinimum, BigDecimal bMinimum, BigDecimal cMinimum, BigDecimal dimensionFloorForA) {

        /** The tier a total earns under these thresholds, before any cap: A, B, C or D. */
        public String tierFor(BigDecimal total) {
            if (total.compareTo(aMinimum) >= 0) {
                return "A";
            }
            if (total.compareTo(bMinimum) >= 0) {
                return "B";
            }
            return total.compareTo(cMinimum) >= 0 ? "C" : "D";
        }

        /**
         * The lowest total of a tier.
         *
         * @throws IllegalArgumentException for D, which has no minimum, and for anything but A, B or C
         */
        public BigDecimal minimum(String tier) {
            return switch (tier) {
                case "A" -> aMinimum;
                case "B" -> bMinimum;
                case "C" -> cMinimum;
                default -> throw new IllegalArgumentException("tier " + tier + " has no minimum");
            };
        }
    }

    /**
     * A rule that lowered the tier.
     *
     * @param kind    RED_FLAG, OPEN_MAJOR_FINDING, DIMENSION_BELOW_FLOOR or OVERDUE_CORRECTIVE_ACTION
     * @param maximum the best tier the rule allows
     * @param source  the indicator code, finding reference or dimension code behind it
     */
    public record Cap(String kind, String maximum, String source) {
    }

    /** @param score optional: null when every indicator of the dimension was not applicable */
    public record DimensionScore(String code, String name, BigDecimal score, BigDecimal weightPercent) {
    }

    /** One indicator's points, for strengths and gaps. */
    public record IndicatorNote(String code, String name, String dimensionCode, BigDecimal earned, BigDecimal maxPoints) {
    }

    /** @param confirmed whether a reviewer accepted the failing answer (then it caps the tier at D) */
    public record RedFlag(String indicatorCode, String indicatorName, boolean confirmed) {
    }

    /**
     * @param correctiveActionStatus optional: OPEN, SUBMITTED, VERIFIED or REJECTED; null when no plan exists yet
     * @param dueDate                optional
     */
    public record OpenFinding(String reference, String indicatorCode, String severity, String observation,
                              String correctiveActionStatus, LocalDate dueDate) {
    }

    /**
     * The supplier's own emissions in kg CO2e as last calculated.
     *
     * @param dataQuality emission-weighted data-quality score, 1 (best) to 5
     * @param method      how the figures were obtained, e.g. ACTIVITY_DATA or VERIFIED_TOTAL
     */
    public record EmissionsSummary(int year, BigDecimal scope1Kg, BigDecimal scope2LocationKg, BigDecimal scope2MarketKg,
                                   BigDecimal upstreamInputsKg, BigDecimal dataQuality, String method, String gwpSet) {
    }

    public record TrendPoint(String campaign, LocalDate scoredOn, BigDecimal total, String tier) {
    }

    /**
     * @param tier          the next better tier
     * @param pointsNeeded  total points missing to its minimum (zero when only caps stand in the way)
     * @param blockingCaps  the caps that must be lifted, as in {@link Result#caps()}
     * @param actions       the indicators that would gain most, largest gain first
     */
    public record NextTier(String tier, BigDecimal pointsNeeded, List<Cap> blockingCaps, List<IndicatorNote> actions) {
        public NextTier {
            blockingCaps = List.copyOf(blockingCaps);
            actions = List.copyOf(actions);
        }
    }
}
