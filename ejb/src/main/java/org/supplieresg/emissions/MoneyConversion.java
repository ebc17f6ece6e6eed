package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.Map;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Brings spend to the currency and price year of a spend-based factor: first into US dollars at the annual average
 * rate of the year it was spent, then to the factor's price year with the US consumer price index (CPI-U), as the EPA
 * advises for its supply-chain factors. Arithmetic in {@link Quantity#PRECISION}.
 */
public record MoneyConversion(Map<String, BigDecimal> unitsPerUsd, Map<Integer, BigDecimal> usCpi) {

    public MoneyConversion {
        unitsPerUsd = Map.copyOf(unitsPerUsd);
        usCpi = Map.copyOf(usCpi);
    }

    public static String rateKey(String currency, int year) {
        return currency + ":" + year;
    }

    /** The steps from money spent to dollars of the price year, each shown in the lineage. */
    public record Converted(BigDecimal amount, String currency, int spentIn, BigDecimal unitsPerUsd, BigDecimal usd,
                            BigDecimal cpiSpent, int priceYear, BigDecimal cpiPriceYear, BigDecimal usdOfPriceYear) {

        public String explained() {
            String rate = "USD".equals(currency) ? "" : " / " + unitsPerUsd.stripTrailingZeros().toPlainString() + " " + currency + "/USD (" + spentIn + ")";
            String inflation = spentIn == priceYear ? "" : " × CPI-U " + priceYear + " " + cpiPriceYear.stripTrailingZeros().toPlainString()
                    + " / CPI-U " + spentIn + " " + cpiSpent.stripTrailingZeros().toPlainString();
            return amount.stripTrailingZeros().toPlainString() + " " + currency + rate + inflation;
        }
    }

    public Converted toUsdOf(BigDecimal amount, String currency, int spentIn, int priceYear, String where) {
        BigDecimal rate = BigDecimal.ONE;
        if (!"USD".equals(currency)) {
            rate = unitsPerUsd.get(rateKey(currency, spentIn));
            if (rate == null) {
                throw new InvalidInputException(FieldViolation.of(where, "emissions.exchangeRate.missing", currency, String.valueOf(spentIn)));
            }
        }
        BigDecimal usd = rate == BigDecimal.ONE ? amount : amount.divide(rate, Quantity.PRECISION);
        BigDecimal from = usCpi.get(spentIn);
        BigDecimal to = usCpi.get(priceYear);
        if (spentIn != priceYear && (from == null || to == null)) {
            throw new InvalidInputException(FieldViolation.of(where, "emissions.priceIndex.missing",
                    String.valueOf(from == null ? spentIn : priceYear)));
        }
        BigDecimal inPriceYear = spentIn == priceYear ? usd : usd.multiply(to, Quantity.PRECISION).divide(from, Quantity.PRECISION);
        return new Converted(amount, currency, spentIn, rate, usd, from, priceYear, to, inPriceYear);
    }
}
