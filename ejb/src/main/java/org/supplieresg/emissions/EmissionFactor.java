package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a published emission factor: kg CO2e per {@code activityUnit}, with the gas breakdown where the
 * publisher gives one, the GWP set the publisher used, and where it comes from. Immutable, like its row.
 */
public record EmissionFactor(long id, String key, int version, FactorKind kind, String nameEn, String nameZh,
                             String activityUnit, BigDecimal kgCo2e, BigDecimal co2eOfCo2, BigDecimal co2eOfCh4,
                             BigDecimal co2eOfN2o, BigDecimal co2eOfOther, String ch4Origin, String gwpSet, String region,
                             int dataYear, LocalDate validFrom, LocalDate validTo, Integer priceYear, String sectorCode,
                             Source source, String sourceTable) {

    /** The publication a factor comes from. */
    public record Source(String code, String publisher, String title, String edition, String url, String licence) {
    }

    /**
     * The activity the factor describes, without the edition and the unit: {@code DESNZ-2024/fuel/natural-gas/kWh} is
     * {@code fuel/natural-gas}. Activity data name it so that each reporting year finds the edition meant for it.
     */
    public String activity() {
        return activityOf(key);
    }

    public static String activityOf(String key) {
        String[] parts = key.split("/");
        return parts.length >= 3 ? parts[1] + "/" + parts[2] : key;
    }

    public boolean hasGasBreakdown() {
        return co2eOfCo2 != null || co2eOfCh4 != null || co2eOfN2o != null;
    }

    /** Whether the publisher meant it for activity in {@code year}. */
    public boolean coversYear(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31)) && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }

    /** The unit of activity it applies to; empty for money (the currency of a spend-based factor). */
    public Optional<Unit> unit() {
        return kind == FactorKind.SPEND ? Optional.empty() : Unit.parse(activityUnit);
    }

    /**
     * kg CO2e per unit under the GWP set {@code reporting}. With a published gas breakdown each non-CO2 gas is rescaled
     * by reporting GWP / published GWP (the gas masses do not change, their weights do); without one, the published
     * total stands and the lineage says so. Gases outside CO2, CH4 and N2O are kept as published.
     */
    public BigDecimal perUnit(GwpSet reporting, GwpSet published) {
        if (!hasGasBreakdown() || reporting.code().equals(published.code())) {
            return kgCo2e;
        }
        MathContext mc = Quantity.PRECISION;
        BigDecimal total = nz(co2eOfCo2).add(nz(co2eOfOther));
        total = total.add(rescale(co2eOfCh4, ch4Origin, reporting, published), mc);
        total = total.add(rescale(co2eOfN2o, "N2O", reporting, published), mc);
        return total;
    }

    private static BigDecimal rescale(BigDecimal co2e, String gas, GwpSet reporting, GwpSet published) {
        if (co2e == null || co2e.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal to = reporting.gwp(gas).orElseThrow(() -> new IllegalStateException(reporting.code() + " has no GWP for " + gas));
        BigDecimal from = published.gwp(gas).orElseThrow(() -> new IllegalStateException(published.code() + " has no GWP for " + gas));
        return co2e.multiply(to, Quantity.PRECISION).divide(from, Quantity.PRECISION);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public String citation() {
        return source.publisher() + ", " + source.title() + " (" + source.edition() + "), " + sourceTable + "; " + source.licence();
    }
}
