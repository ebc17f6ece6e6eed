package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The climate indicators of the assessment that the system calculates from a supplier's inventory rather than asks
 * for, each with how it was obtained (the answer's explanation):
 * <ul>
 *   <li>CLI-06, t CO2e per t of product: (Scope 1 + market-based Scope 2) / production;</li>
 *   <li>CLI-07, % renewable electricity: electricity with a renewable instrument or flag / all electricity;</li>
 *   <li>ENV-02, kWh per t of product: fuels, electricity and heat in energy units / production. Fuels reported by
 *       volume or mass would need calorific values, which the library does not hold: then it is not calculated.</li>
 * </ul>
 * Values are rounded half-even: intensities to 4 decimals, the share to 2.
 */
public final class CarbonKpis {

    public static final String GHG_INTENSITY = "CLI-06";
    public static final String RENEWABLE_SHARE = "CLI-07";
    public static final String ENERGY_INTENSITY = "ENV-02";

    /** One calculated value and how it was obtained. */
    public record Kpi(BigDecimal value, String explanation) {
    }

    /** An energy line of the inventory. */
    public record EnergyUse(LineType type, Quantity quantity, boolean renewable) {
    }

    private CarbonKpis() {
    }

    public static Map<String, Kpi> of(int year, long runId, BigDecimal scope1Kg, BigDecimal scope2MarketKg, BigDecimal productionTonnes,
                                      List<EnergyUse> energy) {
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        if (productionTonnes != null && productionTonnes.signum() > 0) {
            BigDecimal tonnes = scope1Kg.add(scope2MarketKg).divide(BigDecimal.valueOf(1000), Quantity.PRECISION);
            BigDecimal intensity = tonnes.divide(productionTonnes, Quantity.PRECISION).setScale(4, RoundingMode.HALF_EVEN);
            kpis.put(GHG_INTENSITY, new Kpi(intensity, "(" + plain(scope1Kg) + " kg Scope 1 + " + plain(scope2MarketKg)
                    + " kg Scope 2 market-based) / 1000 / " + plain(productionTonnes) + " t product, inventory " + year + ", calculation run " + runId));
        }
        BigDecimal electricity = BigDecimal.ZERO;
        BigDecimal renewable = BigDecimal.ZERO;
        BigDecimal energyKwh = BigDecimal.ZERO;
        boolean allInEnergyUnits = !energy.isEmpty();
        for (EnergyUse use : energy) {
            boolean inEnergy = use.quantity().unit().dimension() == PhysicalDimension.ENERGY;
            if (!inEnergy) {
                allInEnergyUnits = false;
                continue;
            }
            BigDecimal kwh = use.quantity().in(Unit.KWH).amount();
            energyKwh = energyKwh.add(kwh);
            if (use.type() == LineType.ELECTRICITY) {
                electricity = electricity.add(kwh);
                if (use.renewable()) {
                    renewable = renewable.add(kwh);
                }
            }
        }
        if (electricity.signum() > 0) {
            BigDecimal share = renewable.multiply(BigDecimal.valueOf(100)).divide(electricity, Quantity.PRECISION).setScale(2, RoundingMode.HALF_EVEN);
            kpis.put(RENEWABLE_SHARE, new Kpi(share, plain(renewable) + " kWh renewable (certificates, PPAs, green tariffs) / "
                    + plain(electricity) + " kWh electricity, inventory " + year));
        }
        if (allInEnergyUnits && productionTonnes != null && productionTonnes.signum() > 0) {
            BigDecimal intensity = energyKwh.divide(productionTonnes, Quantity.PRECISION).setScale(4, RoundingMode.HALF_EVEN);
            kpis.put(ENERGY_INTENSITY, new Kpi(intensity, plain(energyKwh) + " kWh of fuels, electricity and heat / "
                    + plain(productionTonnes) + " t product, inventory " + year));
        }
        return kpis;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
