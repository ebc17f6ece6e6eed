package org.supplieresg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    @Test
    void roundsHalfEvenToTwoDecimals() {
        assertThat(usd("2.345").amount()).isEqualByComparingTo("2.34");
        assertThat(usd("2.355").amount()).isEqualByComparingTo("2.36");
        assertThat(usd("2.3451").amount()).isEqualByComparingTo("2.35");
        assertThat(usd("-2.345").amount()).isEqualByComparingTo("-2.34");
        assertThat(usd("7").amount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(usd("2.345").amount().scale()).isEqualTo(2);
    }

    @Test
    void printsThePlainAmountAndTheCurrency() {
        assertThat(usd("1000")).hasToString("1000.00 USD");
        assertThat(Money.of(new BigDecimal("1E+6"), "CNY")).hasToString("1000000.00 CNY");
    }

    @Test
    void rejectsAnUnknownCurrency() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, "ABC"))
                .withMessageContaining("ABC");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, "usd"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.ONE, null));
        assertThatNullPointerException().isThrownBy(() -> Money.of(null, "USD"));
    }

    @Test
    void knowsIso4217CurrencyCodes() {
        assertThat(Money.isCurrencyCode("USD")).isTrue();
        assertThat(Money.isCurrencyCode("CNY")).isTrue();
        assertThat(Money.isCurrencyCode("EUR")).isTrue();
        assertThat(Money.isCurrencyCode("ABC")).isFalse();
        assertThat(Money.isCurrencyCode("cny")).isFalse();
        assertThat(Money.isCurrencyCode(" USD")).isFalse();
        assertThat(Money.isCurrencyCode(null)).isFalse();
    }

    @Test
    void equalsIgnoresScaleButNotCurrency() {
        Money a = usd("10");
        Money b = usd("10.000");
        Money c = Money.of(new BigDecimal("10.0"), "USD");

        assertThat(a).isEqualTo(b).isEqualTo(c);
        assertThat(a).hasSameHashCodeAs(b).hasSameHashCodeAs(c);
        assertThat(a).isNotEqualTo(Money.of(BigDecimal.TEN, "EUR"));
        assertThat(a).isNotEqualTo(usd("10.01"));
        assertThat(usd("0")).isEqualTo(usd("0.00")).hasSameHashCodeAs(usd("0.00"));
    }
}
