package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

/** Quantities convert within their dimension, exactly where the ratio is, and never across dimensions. */
class QuantityTest {

    @Test
    void energyConvertsBetweenKwhMwhAndGigajoules() {
        assertThat(Quantity.of("1500", Unit.KWH).in(Unit.MWH)).isEqualTo(Quantity.of("1.5", Unit.MWH));
        assertThat(Quantity.of("1", Unit.GJ).in(Unit.KWH).amount().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("277.777778");
        assertThat(Quantity.of("3.6", Unit.MJ).in(Unit.KWH).amount().setScale(12, RoundingMode.HALF_UP)).isEqualByComparingTo("1");
        assertThat(Quantity.of("10", Unit.THERM).in(Unit.MJ).amount().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("1055.055853");
    }

    @Test
    void volumeMassDistanceAndFreightUseExactDefinitions() {
        assertThat(Quantity.of("100", Unit.US_GALLON).in(Unit.LITRE)).isEqualTo(Quantity.of("378.5411784", Unit.LITRE));
        assertThat(Quantity.of("2.5", Unit.CUBIC_METRE).in(Unit.LITRE)).isEqualTo(Quantity.of("2500", Unit.LITRE));
        assertThat(Quantity.of("1000", Unit.POUND).in(Unit.KG)).isEqualTo(Quantity.of("453.59237", Unit.KG));
        assertThat(Quantity.of("1250", Unit.KG).in(Unit.TONNE)).isEqualTo(Quantity.of("1.25", Unit.TONNE));
        assertThat(Quantity.of("100", Unit.MILE).in(Unit.KM)).isEqualTo(Quantity.of("160.9344", Unit.KM));
    }

    @Test
    void aUnitMismatchIsAnErrorNeverANumber() {
        assertThatThrownBy(() -> Quantity.of("100", Unit.LITRE).in(Unit.KWH))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).message(Locale.ENGLISH))
                        .isEqualTo("L measures volume and kWh measures energy: they do not convert into each other."));
        assertThatThrownBy(() -> Quantity.of("1", Unit.TONNE).plus(Quantity.of("1", Unit.TONNE_KM))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anActivityTimesAFactorIsConvertedToTheFactorsUnitFirst() {
        // 12.5 MWh of grid electricity at 0.5703 t CO2 per MWh is the same as 12 500 kWh at 0.5703 kg per kWh
        Quantity emissions = Quantity.of("12500", Unit.KWH).times(new BigDecimal("0.5703"), Unit.MWH, Unit.T_CO2E);
        assertThat(emissions.amount()).isEqualByComparingTo("7.12875");
        assertThat(emissions.in(Unit.KG_CO2E).amount()).isEqualByComparingTo("7128.75");
        assertThat(Quantity.of("2", Unit.TONNE).plus(Quantity.of("500", Unit.KG))).isEqualTo(Quantity.of("2.5", Unit.TONNE));
    }

    @Test
    void unitsAreReadAsPeopleWriteThem() {
        assertThat(Unit.parse("litres")).contains(Unit.LITRE);
        assertThat(Unit.parse("m³")).contains(Unit.CUBIC_METRE);
        assertThat(Unit.parse(" tkm ")).contains(Unit.TONNE_KM);
        assertThat(Unit.parse("MWh")).contains(Unit.MWH);
        assertThat(Unit.parse("t CO2e")).contains(Unit.T_CO2E);
        assertThat(Unit.parse("barrel")).isEmpty();
    }

    @Test
    void aSpellingReadOnceIsReadTheSameWayAgain() {
        for (int i = 0; i < 3; i++) { // the second and third come from the remembered spellings
            assertThat(Unit.parse("Tonnes")).contains(Unit.TONNE);
            assertThat(Unit.parse("kwh")).contains(Unit.KWH);
            assertThat(Unit.parse("barrels")).isEmpty();
        }
        for (int i = 0; i < 2_000; i++) { // more distinct texts than are remembered: still parsed, never wrong
            assertThat(Unit.parse(" ".repeat(i % 50) + "kg" + " ".repeat(i / 50))).contains(Unit.KG);
        }
    }
}
