package org.supplieresg.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The risk ranking that proposes whom to audit: 0 to 100 points from the supplier's tier, a confirmed red flag, the
 * country and commodity risk tables (and their combination, such as cobalt from DR Congo), its share of spend and the
 * time since its last audit, less points for a current third-party social audit (RBA VAP or SMETA). Every point comes
 * with its reason, so that a planner sees why a supplier ranks where it does.
 */
public final class AuditRisk {

    /** Points per tier: a supplier never assessed counts as risky as a C. */
    static final Map<String, Integer> TIER_POINTS = Map.of("A", 0, "B", 8, "C", 18, "D", 25);
    static final int NOT_ASSESSED = 15;
    static final int RED_FLAG = 15;
    static final int COUNTRY_STEP = 4;       // risk 1..5 -> 0..16
    static final int COMMODITY_STEP = 3;     // risk 1..5 -> 0..12
    static final BigDecimal CHAIN_STEP = new BigDecimal("2.5"); // risk 1..5 -> 0..10
    static final int SPEND_MAX = 10;
    static final int NEVER_AUDITED = 12;
    static final int AUDITED_OVER_24_MONTHS = 8;
    static final int AUDITED_12_TO_24_MONTHS = 4;
    static final int SHARED_AUDIT = -10;
    static final int DEFAULT_RISK = 3;

    /** What the ranking knows of one supplier. {@code spendUsd} is null when its currency has no rate. */
    public record Facts(long supplierId, String name, String country, String spendCategory, BigDecimal spendUsd, String tier,
                        boolean redFlag, LocalDate lastAudit, boolean currentSharedAudit) {
    }

    /** The configurable risk tables: country, spend category, and "country/category" combinations, each 1 to 5. */
    public record Tables(Map<String, Integer> country, Map<String, Integer> commodity, Map<String, Integer> chain) {
    }

    public record Ranked(long supplierId, String name, BigDecimal score, List<String> reasons) {
    }

    private AuditRisk() {
    }

    /** Every supplier with its score and reasons, highest risk first (then by name). */
    public static List<Ranked> rank(List<Facts> suppliers, Tables tables, LocalDate today) {
        BigDecimal largestSpend = suppliers.stream().map(Facts::spendUsd).filter(s -> s != null && s.signum() > 0)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Ranked> ranked = new ArrayList<>();
        for (Facts f : suppliers) {
            ranked.add(score(f, tables, today, largestSpend));
        }
        ranked.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::name));
        return ranked;
    }

    static Ranked score(Facts f, Tables tables, LocalDate today, BigDecimal largestSpend) {
        List<String> reasons = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        if (f.tier() == null) {
            points = add(points, NOT_ASSESSED, reasons, "not assessed yet");
        } else {
            points = add(points, TIER_POINTS.getOrDefault(f.tier(), 0), reasons, "tier " + f.tier());
        }
        if (f.redFlag()) {
            points = add(points, RED_FLAG, reasons, "confirmed red flag");
        }
        int country = tables.country().getOrDefault(f.country(), DEFAULT_RISK);
        points = add(points, (country - 1) * COUNTRY_STEP, reasons, "country " + f.country() + " risk " + country);
        int commodity = tables.commodity().getOrDefault(f.spendCategory(), DEFAULT_RISK);
        points = add(points, (commodity - 1) * COMMODITY_STEP, reasons, f.spendCategory() + " risk " + commodity);
        Integer chain = tables.chain().get(f.country() + "/" + f.spendCategory());
        if (chain != null) {
            points = add(points, CHAIN_STEP.multiply(BigDecimal.valueOf(chain - 1L)), reasons,
                    f.spendCategory() + " from " + f.country() + " risk " + chain);
        }
        if (f.spendUsd() == null) {
            reasons.add("spend not ranked: no exchange rate for its currency");
        } else if (largestSpend != null && f.spendUsd().signum() > 0) {
            BigDecimal share = f.spendUsd().multiply(BigDecimal.valueOf(SPEND_MAX)).divide(largestSpend, 1, RoundingMode.HALF_UP);
            points = add(points, share, reasons, "spend USD " + f.spendUsd().setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
        if (f.lastAudit() == null) {
            points = add(points, NEVER_AUDITED, reasons, "never audited on site");
        } else if (f.lastAudit().isBefore(today.minusMonths(24))) {
            points = add(points, AUDITED_OVER_24_MONTHS, reasons, "last audit " + f.lastAudit() + ", over 24 months ago");
        } else if (f.lastAudit().isBefore(today.minusMonths(12))) {
            points = add(points, AUDITED_12_TO_24_MONTHS, reasons, "last audit " + f.lastAudit() + ", 12-24 months ago");
        } else {
            reasons.add("audited " + f.lastAudit() + ", within 12 months: +0");
        }
        if (f.currentSharedAudit()) {
            points = add(points, SHARED_AUDIT, reasons, "current RBA or SMETA audit shared");
        }
        BigDecimal score = points.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return new Ranked(f.supplierId(), f.name(), score, List.copyOf(reasons));
    }

    private static BigDecimal add(BigDecimal points, int amount, List<String> reasons, String why) {
        return add(points, BigDecimal.valueOf(amount), reasons, why);
    }

    private static BigDecimal add(BigDecimal points, BigDecimal amount, List<String> reasons, String why) {
        if (amount.signum() != 0) {
            reasons.add(why + ": " + (amount.signum() > 0 ? "+" : "") + amount.stripTrailingZeros().toPlainString());
        }
        return points.add(amount);
    }
}
