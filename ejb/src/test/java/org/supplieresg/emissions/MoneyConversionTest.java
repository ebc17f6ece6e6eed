package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supplieresg.emissions.PublishedFactors.bd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

/** Spend into US dollars of the year spent (Fed G.5A rates of V15), then to a price year with CPI-U. */
class MoneyConversionTest {

    /** V15 exchange_rate_annual, Federal Reserve G.5A (release of 2024-02-01), units per USD. */
    private static final Map<String, BigDecimal> G5A = Map.of(
            "CNY:2022", bd("6.7290"), "CNY:2023", bd("7.0809"),
            "JPY:2023", bd("140.5001"),
            "EUR:2023", bd("0.924471")); // published 1.0817 USD per EUR; 1 / 1.0817 rounded to 6 dp
    /**
     * ILLUSTRATIVE CPI-U annual averages passed in by the test: no price_index rows are seeded (V15) and V17 did not exist
     * when this test was written. Not read from a source in this repository.
     */
    private static final Map<Integer, BigDecimal> ILLUSTRATIVE_CPI_U = Map.of(2022, bd("292.655"), 2023, bd("304.702"));

    private final MoneyConversion money = new MoneyConversion(G5A, ILLUSTRATIVE_CPI_U);

    private static String keyOf(Throwable e) {
        return ((InvalidInputException) e).violations().get(0).messageKey();
    }

    @Test
    void dollarsOfTheSameYearStayAsTheyAre() {
        MoneyConversion.Converted c = money.toUsdOf(bd("2500.00"), "USD", 2022, 2022, "purchase 1");
        assertThat(c.usd()).isEqualByComparingTo("2500");
        assertThat(c.usdOfPriceYear()).isEqualByComparingTo("2500");
        assertThat(c.explained()).isEqualTo("2500 USD");
    }

    @Test
    void yuanAtTheAnnualAverageRateOfTheYearSpent() {
        // Fed G.5A 2023: 7.0809 CNY/USD; 70 809 CNY / 7.0809 = 10 000 USD
        assertThat(money.toUsdOf(bd("70809"), "CNY", 2023, 2023, "p").usd()).isEqualByComparingTo("10000");
        // Fed G.5A 2022: 6.7290 CNY/USD; 67 290 CNY / 6.729 = 10 000 USD
        assertThat(money.toUsdOf(bd("67290"), "CNY", 2022, 2022, "p").usd()).isEqualByComparingTo("10000");
        // Fed G.5A 2023: 140.5001 JPY/USD; 1 405 001 JPY / 140.5001 = 10 000 USD
        assertThat(money.toUsdOf(bd("1405001"), "JPY", 2023, 2023, "p").usd()).isEqualByComparingTo("10000");
    }

    @Test
    void euroPublishedAsDollarsPerEuroIsStoredInverted() {
        // G.5A 2023: 1.0817 USD per EUR -> stored 0.924471 EUR per USD (1 / 1.0817 = 0.92447074... rounded to 6 dp)
        // 1 000 EUR / 0.924471 = 1 081.699696... USD: the stored rounding costs 0.0003 USD against 1 000 x 1.0817 = 1 081.70
        BigDecimal usd = money.toUsdOf(bd("1000"), "EUR", 2023, 2023, "p").usd();
        assertThat(usd.setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1081.699696");
    }

    @Test
    void spendIsDeflatedToThePriceYear() {
        // 1 000 000 CNY in 2023 / 7.0809 = 141 224.9855244389837... USD(2023)
        // x CPI-U 2022 292.655 / CPI-U 2023 304.702 (illustrative) = 135 641.3746501653... USD(2022)
        MoneyConversion.Converted c = money.toUsdOf(bd("1000000"), "CNY", 2023, 2022, "purchase 9");
        assertThat(c.usd().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("141224.985524");
        assertThat(c.usdOfPriceYear().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("135641.374650");
        assertThat(c.cpiSpent()).isEqualByComparingTo("304.702");
        assertThat(c.cpiPriceYear()).isEqualByComparingTo("292.655");
        assertThat(c.explained()).isEqualTo("1000000 CNY / 7.0809 CNY/USD (2023) × CPI-U 2022 292.655 / CPI-U 2023 304.702");
    }

    @Test
    void aMissingRateIsAnError() {
        // G.5A 2024 was not read for V15: no CNY rate for 2024
        assertThatThrownBy(() -> money.toUsdOf(bd("100"), "CNY", 2024, 2024, "purchase 3"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.exchangeRate.missing"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arguments()).containsExactly("CNY", "2024"));
        // IDR is not in G.5A at all
        assertThatThrownBy(() -> money.toUsdOf(bd("100"), "IDR", 2023, 2023, "purchase 3"))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.exchangeRate.missing"));
    }

    @Test
    void aMissingPriceIndexIsAnErrorOnlyWhenYearsDiffer() {
        MoneyConversion noCpi = new MoneyConversion(G5A, Map.of());
        assertThat(noCpi.toUsdOf(bd("70809"), "CNY", 2023, 2023, "p").usdOfPriceYear()).isEqualByComparingTo("10000");
        assertThatThrownBy(() -> noCpi.toUsdOf(bd("70809"), "CNY", 2023, 2022, "p"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("emissions.priceIndex.missing"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arguments()).containsExactly("2023"));
        MoneyConversion only2023 = new MoneyConversion(G5A, Map.of(2023, bd("304.702")));
        assertThatThrownBy(() -> only2023.toUsdOf(bd("70809"), "CNY", 2023, 2022, "p"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).arguments()).containsExactly("2022"));
    }

    @Test
    void keepsItsOwnCopyOfTheTables() {
        Map<String, BigDecimal> rates = new HashMap<>(G5A);
        MoneyConversion conversion = new MoneyConversion(rates, ILLUSTRATIVE_CPI_U);
        rates.put("CNY:2023", BigDecimal.ONE);
        assertThat(conversion.toUsdOf(bd("70809"), "CNY", 2023, 2023, "p").usd()).isEqualByComparingTo("10000");
        assertThat(MoneyConversion.rateKey("CNY", 2023)).isEqualTo("CNY:2023");
    }
}
