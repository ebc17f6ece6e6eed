package org.supplieresg.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The layout of the portfolio workbook ({@link PortfolioWorkbook}): which dimensions, indicators and Scope 3 methods
 * make its columns. The suppliers themselves come as a stream of {@link Row}s, so that 10,000 of them never sit in
 * memory at once. Catalogue names are given in the workbook's language by the caller.
 *
 * @param scope3Year     optional: the reporting year of the Scope 3 figures; null when none were calculated
 * @param scope3Methods  the method codes of the Scope 3 columns, e.g. SUPPLIER_SPECIFIC, HYBRID, AVERAGE_DATA, SPEND_BASED
 */
public record Portfolio(String title, Instant generatedAt, String generatedBy, int catalogueVersion, int policyVersion,
                        List<Column> dimensions, List<Column> indicators, Integer scope3Year, List<String> scope3Methods) {

    public Portfolio {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        scope3Methods = List.copyOf(scope3Methods);
    }

    /**
     * A dimension or indicator column.
     *
     * @param group  for an indicator, its dimension's code; for a dimension, null
     * @param weight for a dimension, its weight in percent; for an indicator, its maximum points
     */
    public record Column(String code, String name, String group, BigDecimal weight) {
    }

    /**
     * One supplier. Arrays are aligned with the layout's columns; an element is null where there is nothing
     * (indicator not answered, dimension not applicable, no figure by that method).
     *
     * @param total              optional: null when never scored
     * @param tier               optional: A-D after caps; null when never scored
     * @param sourcingStatus     optional: PREFERRED, APPROVED, CONDITIONAL, BLOCKED
     * @param annualSpendUsd     the annual spend converted to US dollars
     * @param scope3Kg           kg CO2e the buyer's Scope 3 attributes to this supplier, per method
     * @param lastAuditDate      optional: the last completed on-site audit
     */
    public record Row(long supplierId, String legalName, String localName, String country, String spendCategory, String chainTier,
                      String status, BigDecimal total, String tier, String sourcingStatus, String caps, BigDecimal[] dimensionScores,
                      BigDecimal[] indicatorPoints, BigDecimal annualSpend, String spendCurrency, BigDecimal annualSpendUsd,
                      BigDecimal[] scope3Kg, int auditsCompleted, LocalDate lastAuditDate, int openFindings,
                      int openCorrectiveActions, int overdueCorrectiveActions) {
    }
}
