package org.supplieresg.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Fixture factory: a portfolio of three dimensions, five indicators and the four Scope 3 methods, with seven suppliers
 * that between them hold every tier, a supplier never scored, one scored but without a tier, Chinese names, blank
 * answers and every status, chain tier and sourcing status code.
 */
final class Portfolios {

    static final Instant GENERATED_AT = Instant.parse("2026-11-27T08:15:30Z");
    static final List<String> METHODS = List.of("SUPPLIER_SPECIFIC", "HYBRID", "AVERAGE_DATA", "SPEND_BASED");

    static final Portfolio.Row HUNAN = new Portfolio.Row(101, "Hunan Xinyuan Cathode Materials Co., Ltd.", "湖南新源正极材料有限公司",
            "CN", "Cathode materials", "TIER_1", "ACTIVE", d("82.50"), "A", "PREFERRED", null,
            decimals("85.00", "80.00", "83.33"), decimals("10", "7.5", null, "5", "10"), d("386500000.00"), "CNY",
            d("53680555.56"), decimals("1250000.5", null, null, "300000"), 2, LocalDate.of(2026, 3, 4), 1, 1, 0);
    static final Portfolio.Row HAICHUAN = new Portfolio.Row(102, "Jiangsu Haichuan Cobalt Industry Co., Ltd.", "江苏海川钴业有限公司",
            "CN", "Cobalt refining", "TIER_1", "ACTIVE", d("64.20"), "B", "APPROVED", null,
            decimals("70.00", "55.50", "70.00"), decimals("5", "5", "8", null, "7.25"), d("120000000.00"), "CNY",
            d("16666666.67"), decimals(null, "820000", null, null), 1, LocalDate.of(2025, 11, 20), 0, 0, 0);
    static final Portfolio.Row GANZHOU = new Portfolio.Row(103, "Ganzhou Lithium Salt Co., Ltd.", "赣州锂盐有限公司",
            "CN", "Lithium carbonate", "TIER_1", "ACTIVE", d("61.00"), "B", "APPROVED", null,
            decimals("60.00", "62.00", "60.00"), decimals("6", "4", "6", "6", "5"), d("2500000.00"), "USD",
            d("2500000.00"), decimals(null, null, "410000.25", null), 0, null, 0, 0, 0);
    static final Portfolio.Row KOLWEZI = new Portfolio.Row(44, "Kolwezi Cobalt Mining SARL", null, "CD", "Cobalt", "TIER_2",
            "ACTIVE", d("48.75"), "C", "CONDITIONAL", "Major finding open: tier capped at C",
            decimals("50.00", "40.00", "60.00"), decimals("3", null, "2", "2.5", null), d("0.00"), "USD", d("0.00"),
            decimals(null, null, null, "95000"), 1, LocalDate.of(2026, 1, 15), 3, 2, 1);
    static final Portfolio.Row RIVERSIDE = new Portfolio.Row(88, "Riverside Plating Works", "河畔电镀厂", "CN", "Surface treatment",
            "TIER_1", "INACTIVE", d("21.40"), "D", "BLOCKED", "Red flag LAB-02 answered NO",
            decimals("20.00", "18.20", "30.00"), decimals("1", "0", "0", "0", "2"), d("1800000.00"), "CNY",
            d("250000.00"), decimals(null, null, null, "61000"), 1, LocalDate.of(2026, 6, 2), 4, 4, 2);
    /** Invited but never scored: no total, no tier, no arrays at all. */
    static final Portfolio.Row NEWCOMER = new Portfolio.Row(57, "Shenzhen Newcell Technology Co., Ltd.", "深圳新电芯科技有限公司",
            "CN", "Battery cells", "TIER_1", "ONBOARDING", null, null, null, null, null, null, null, null, null, null,
            0, null, 0, 0, 0);
    /** Scored once, then the tier was withdrawn: counts as not scored; its arrays hold only nulls. */
    static final Portfolio.Row WITHDRAWN = new Portfolio.Row(91, "Baotou Rare Earth Trading Co., Ltd.", null, "CN", "Magnets",
            "TIER_2", "Dormant", d("55.00"), null, null, null, new BigDecimal[3], new BigDecimal[5], d("900000.00"), "EUR",
            d("975000.00"), new BigDecimal[4], 0, null, 0, 0, 0);

    static final List<Portfolio.Row> ROWS = List.of(HUNAN, HAICHUAN, GANZHOU, KOLWEZI, RIVERSIDE, NEWCOMER, WITHDRAWN);

    private Portfolios() {
    }

    static Portfolio layout() {
        return new Portfolio("Supplier portfolio, November 2026", GENERATED_AT, "Li Wei (buyer)", 3, 2,
                List.of(new Portfolio.Column("ENV", "Environment", null, d("30")),
                        new Portfolio.Column("LAB", "Labour and human rights", null, d("40")),
                        new Portfolio.Column("GOV", "Governance and ethics", null, d("30"))),
                List.of(new Portfolio.Column("ENV-01", "Environmental management system", "ENV", d("10")),
                        new Portfolio.Column("ENV-02", "Scope 1 and 2 inventory", "ENV", d("10")),
                        new Portfolio.Column("LAB-01", "Working hours", "LAB", d("8")),
                        new Portfolio.Column("LAB-02", "Child and forced labour", "LAB", d("6")),
                        new Portfolio.Column("GOV-01", "Anti-bribery", "GOV", d("10"))),
                2025, METHODS);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal[] decimals(String... values) {
        BigDecimal[] decimals = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            decimals[i] = values[i] == null ? null : new BigDecimal(values[i]);
        }
        return decimals;
    }
}
