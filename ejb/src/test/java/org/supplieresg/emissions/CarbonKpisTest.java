package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarbonKpisTest {

    @Test
    void intensityRenewableShareAndEnergyIntensityFromTheInventory() {
        // 18 292.071698 kg Scope 1 + 1 073 200 kg market Scope 2 = 1 091.492071698 t / 40 000 t = 0.027287 -> 0.0273
        Map<String, CarbonKpis.Kpi> kpis = CarbonKpis.of(2024, 7, new BigDecimal("18292.071698"), new BigDecimal("1073200"),
                new BigDecimal("40000"), List.of(
                        new CarbonKpis.EnergyUse(LineType.FUEL, Quantity.of("100000", Unit.KWH), false),
                        new CarbonKpis.EnergyUse(LineType.ELECTRICITY, Quantity.of("2000000", Unit.KWH), false),
                        new CarbonKpis.EnergyUse(LineType.ELECTRICITY, Quantity.of("500", Unit.MWH), true)));
        assertThat(kpis.get(CarbonKpis.GHG_INTENSITY).value()).isEqualByComparingTo("0.0273");
        assertThat(kpis.get(CarbonKpis.GHG_INTENSITY).explanation()).contains("40000 t product").contains("run 7");
        // 500 MWh = 500 000 kWh renewable of 2 500 000 kWh
        assertThat(kpis.get(CarbonKpis.RENEWABLE_SHARE).value()).isEqualByComparingTo("20.00");
        // (100 000 + 2 500 000) kWh / 40 000 t
        assertThat(kpis.get(CarbonKpis.ENERGY_INTENSITY).value()).isEqualByComparingTo("65");
    }

    @Test
    void whatTheDataDoNotAllowIsNotCalculated() {
        // diesel in litres has no energy content in the library; no production volume: no intensities at all
        Map<String, CarbonKpis.Kpi> kpis = CarbonKpis.of(2024, 7, new BigDecimal("2512.79"), BigDecimal.ZERO, null, List.of(
                new CarbonKpis.EnergyUse(LineType.FUEL, Quantity.of("1000", Unit.LITRE), false)));
        assertThat(kpis).isEmpty();
        Map<String, CarbonKpis.Kpi> withProduction = CarbonKpis.of(2024, 7, new BigDecimal("2512.79"), BigDecimal.ZERO, new BigDecimal("10"),
                List.of(new CarbonKpis.EnergyUse(LineType.FUEL, Quantity.of("1000", Unit.LITRE), false)));
        assertThat(withProduction).containsOnlyKeys(CarbonKpis.GHG_INTENSITY);
    }
}
