package org.supplieresg.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.supplieresg.reports.Disclosure;

/**
 * What a sustainability officer sees first: the reporting company's Scope 1-3 over the calculated years, the latest
 * year's Scope 3 by category and by data quality (as the disclosure reports them), and how much of the supply base is
 * screened and audited.
 *
 * @param trend one entry per calculated year, oldest first
 * @param latest the newest calculated year, or null before any calculation
 */
public record SustainabilityOverview(Instant asOf, List<YearEmissions> trend, Disclosure.Emissions latest, Coverage coverage) {

    /** The current figures of a year (kg CO2e); Scope 2 on both bases. */
    public record YearEmissions(int year, BigDecimal scope1Kg, BigDecimal scope2LocationKg, BigDecimal scope2MarketKg, BigDecimal scope3Kg) {
    }

    /**
     * Active Tier-1 suppliers and how many of them are screened and audited.
     *
     * @param assessed with a questionnaire submitted in the last {@link SustainabilityDashboard#ASSESSED_MONTHS} months
     * @param scored with a score (a procurement tier)
     * @param audited with an on-site audit completed in the last {@link SustainabilityDashboard#AUDIT_CYCLE_MONTHS} months
     */
    public record Coverage(long suppliers, long assessed, long scored, long audited) {

        public BigDecimal assessedPercent() {
            return percentOf(assessed);
        }

        public BigDecimal scoredPercent() {
            return percentOf(scored);
        }

        public BigDecimal auditedPercent() {
            return percentOf(audited);
        }

        private BigDecimal percentOf(long part) {
            BigDecimal percent = Disclosure.percent(part, suppliers);
            return percent == null ? BigDecimal.ZERO : percent;
        }
    }
}
