package org.supplieresg.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the sustainability disclosure says for a period, as {@link DisclosurePdf} and {@link DisclosureWorkbook} print
 * it. Counts and kilograms come from the database as they are; shares are computed here, once, so that the PDF, the
 * workbook and the tests agree to the digit. A period without data still makes a report: {@link #hasData()} is
 * false and the writers say so.
 *
 * @param emissions     optional: null when no calculation exists for the reporting year
 * @param contentIndex  where each GRI and ESRS disclosure stands in the report
 */
public record Disclosure(String organisation, LocalDate from, LocalDate to, int reportingYear, Instant generatedAt, String generatedBy,
                         Screening screening, ImpactAssessment environmental, ImpactAssessment social, AuditCoverage audits,
                         Emissions emissions, List<TierShare> tiers, List<IndexEntry> contentIndex) {

    public Disclosure {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(environmental, "environmental");
        Objects.requireNonNull(social, "social");
        Objects.requireNonNull(audits, "audits");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        tiers = List.copyOf(tiers);
        contentIndex = List.copyOf(contentIndex);
    }

    /** Whether the period holds anything to disclose: suppliers assessed, audits, emissions or spend. */
    public boolean hasData() {
        return screening.newSuppliers() > 0 || environmental.assessed() > 0 || social.assessed() > 0 || audits.onSiteAudits() > 0
                || emissions != null || tiers.stream().anyMatch(t -> t.suppliers() > 0);
    }

    /** {@code part} of {@code whole} in percent, one decimal, half-up; null when the whole is zero (nothing to share). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Kilograms as the report prints them: tonnes with two decimals, half-up; null stays null. */
    public static BigDecimal tonnes(BigDecimal kg) {
        return kg == null ? null : kg.divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP);
    }

    /**
     * GRI 308-1 and 414-1: suppliers that became active in the period, and how many of them were screened (assessed
     * in a submitted self-assessment) with environmental and with social criteria.
     */
    public record Screening(long newSuppliers, long screenedEnvironmental, long screenedSocial) {
        public BigDecimal environmentalPercent() {
            return percent(screenedEnvironmental, newSuppliers);
        }

        public BigDecimal socialPercent() {
            return percent(screenedSocial, newSuppliers);
        }
    }

    /**
     * GRI 308-2 or 414-2, points a to e.
     *
     * @param assessed              a. suppliers assessed for impacts in the period
     * @param withImpacts           b. suppliers identified as having significant actual or potential negative impacts
     * @param impacts               c. the impacts identified, by indicator
     * @param withImprovementsAgreed d. of those with impacts, how many agreed improvements (a corrective action plan)
     * @param relationshipsEnded    e. of those with impacts, how many the buyer stopped sourcing from (blocked or inactive)
     */
    public record ImpactAssessment(long assessed, long withImpacts, List<Impact> impacts, long withImprovementsAgreed, long relationshipsEnded) {
        public ImpactAssessment {
            impacts = List.copyOf(impacts);
        }

        public BigDecimal improvementsAgreedPercent() {
            return percent(withImprovementsAgreed, withImpacts);
        }

        public BigDecimal relationshipsEndedPercent() {
            return percent(relationshipsEnded, withImpacts);
        }
    }

    /** @param source FINDING (on-site audit) or RED_FLAG (a confirmed failing answer) */
    public record Impact(String indicatorCode, String indicatorName, String source, long suppliers) {
    }

    /** Audit coverage: Tier-1 suppliers, those with a completed on-site audit in the period, and the audits. */
    public record AuditCoverage(long tier1Suppliers, long tier1Audited, long onSiteAudits, long findings, long majorFindings) {
        public BigDecimal coveragePercent() {
            return percent(tier1Audited, tier1Suppliers);
        }
    }

    /**
     * Scope 1-3 of the reporting year in kg CO2e, Scope 3 split three ways.
     *
     * @param dataQuality    emission-weighted data-quality score of Scope 3, 1 (best) to 5
     * @param primaryShareKg kg of Scope 3 resting on primary supplier data
     */
    public record Emissions(int year, String gwpSet, long runId, BigDecimal scope1Kg, BigDecimal scope2LocationKg, BigDecimal scope2MarketKg,
                            BigDecimal scope3Kg, List<Part> byCategory, List<Part> byMethod, List<Part> byDataQuality,
                            BigDecimal dataQuality, BigDecimal primaryShareKg) {
        public Emissions {
            byCategory = List.copyOf(byCategory);
            byMethod = List.copyOf(byMethod);
            byDataQuality = List.copyOf(byDataQuality);
        }

        public BigDecimal primaryPercent() {
            return primaryShareKg == null ? null : percent(primaryShareKg, scope3Kg);
        }

        /** Scope 1 + market-based Scope 2 + Scope 3, as ESRS E1-6 totals them; a missing scope counts as zero. */
        public BigDecimal totalKg() {
            return Stream.of(scope1Kg, scope2MarketKg, scope3Kg)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A slice's share of Scope 3 in percent; null when Scope 3 is zero. */
        public BigDecimal scope3Percent(Part part) {
            return part.kg() == null ? null : percent(part.kg(), scope3Kg);
        }
    }

    /** One slice of Scope 3: a category ("1", "4"), a method code, or a data-quality band ("1-2", "2-3", ...). */
    public record Part(String key, String label, BigDecimal kg, long figures) {
    }

    /**
     * Spend and order allocation by procurement tier: annual spend in USD of the suppliers in the tier (their master
     * data), and what was actually bought from them in the reporting year (purchase lines, USD).
     *
     * @param tier A, B, C, D or NONE (never scored)
     */
    public record TierShare(String tier, long suppliers, BigDecimal annualSpendUsd, BigDecimal spendPercent,
                            BigDecimal purchasedUsd, BigDecimal purchasedPercent) {
    }

    /**
     * @param standard   GRI or ESRS
     * @param disclosure e.g. "308-1", "E1-6", "S2", "G1-2"
     * @param location   the section of this report where it stands, e.g. "2 Supplier screening"
     * @param omission   optional: why it is not (fully) reported here
     */
    public record IndexEntry(String standard, String disclosure, String title, String location, String omission) {
    }
}
