package org.supplieresg.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes how to split a category's demand among its qualified suppliers. The rules, each stated in the plan's
 * reasoning:
 *
 * <ol>
 * <li>Blocked (tier D) and never-assessed suppliers get nothing.</li>
 * <li>Each qualified supplier's weight is its score times its tier's factor: A 1.5 (the preferred uplift), B 1.0,
 * C 0.5 (conditional).</li>
 * <li>Shares are proportional to weight. A supplier whose share would fall below the minimum share is left out (an
 * order that small is not worth placing) and the others are recomputed; a share above the maximum is cut to it and the
 * excess goes to the others in proportion to their weights, until no share exceeds the maximum.</li>
 * <li>If the maximum share times the number of suppliers is below 100 %, part of the demand stays uncovered, and the
 * plan says so.</li>
 * </ol>
 */
public final class AllocationPlanner {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<Tier, BigDecimal> FACTORS = Map.of(Tier.A, new BigDecimal("1.5"), Tier.B, BigDecimal.ONE,
            Tier.C, new BigDecimal("0.5"));

    /** A supplier of the category; a null tier means never assessed. */
    public record Candidate(long supplierId, String name, Tier tier, BigDecimal score) {
    }

    /** One supplier's proposed share, in percent and in the demand's unit. */
    public record Allocation(long supplierId, String name, Tier tier, BigDecimal score, BigDecimal weight,
                             BigDecimal sharePercent, BigDecimal quantity, String reason) {
    }

    /** A supplier that gets nothing, and why. */
    public record Exclusion(long supplierId, String name, String reason) {
    }

    /** The proposal with its reasoning. */
    public record Plan(BigDecimal demand, String unit, BigDecimal minSharePercent, BigDecimal maxSharePercent,
                       List<Allocation> allocations, List<Exclusion> excluded, BigDecimal uncoveredPercent,
                       List<String> reasoning) {
    }

    private AllocationPlanner() {
    }

    public static Plan plan(BigDecimal demand, String unit, BigDecimal minSharePercent, BigDecimal maxSharePercent,
                            List<Candidate> candidates) {
        Objects.requireNonNull(demand);
        if (demand.signum() <= 0) {
            throw new IllegalArgumentException("demand must be positive");
        }
        if (minSharePercent.signum() < 0 || maxSharePercent.compareTo(HUNDRED) > 0 || minSharePercent.compareTo(maxSharePercent) > 0) {
            throw new IllegalArgumentException("need 0 <= minimum share <= maximum share <= 100");
        }
        List<String> reasoning = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        Map<Candidate, BigDecimal> weights = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.tier() == null) {
                excluded.add(new Exclusion(c.supplierId(), c.name(), "not assessed yet"));
            } else if (c.tier() == Tier.D) {
                excluded.add(new Exclusion(c.supplierId(), c.name(), "tier D: blocked for new orders"));
            } else {
                weights.put(c, c.score().multiply(FACTORS.get(c.tier())));
            }
        }
        reasoning.add("weight = score x tier factor (A 1.5, B 1.0, C 0.5); blocked and unassessed suppliers get nothing");

        Map<Candidate, BigDecimal> shares = proportional(weights);
        while (true) {
            Candidate smallest = shares.entrySet().stream().filter(e -> e.getValue().compareTo(minSharePercent) < 0)
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (smallest == null || weights.size() <= 1) {
                break;
            }
            excluded.add(new Exclusion(smallest.supplierId(), smallest.name(), "share " + pct(shares.get(smallest))
                    + " % below the minimum of " + pct(minSharePercent) + " %"));
            weights.remove(smallest);
            shares = proportional(weights);
        }
        shares = capped(weights, shares, maxSharePercent, reasoning);

        BigDecimal covered = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal uncovered = HUNDRED.subtract(covered).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        if (uncovered.signum() > 0) {
            reasoning.add(pct(uncovered) + " % of the demand is uncovered: qualify more suppliers or raise the maximum share");
        }
        List<Allocation> allocations = new ArrayList<>();
        Map<Candidate, BigDecimal> finalShares = shares;
        weights.keySet().stream()
                .sorted(Comparator.comparing((Candidate c) -> finalShares.get(c)).reversed())
                .forEach(c -> {
                    BigDecimal share = finalShares.get(c).setScale(2, RoundingMode.HALF_UP);
                    String reason = "tier " + c.tier() + ", score " + c.score().stripTrailingZeros().toPlainString()
                            + (finalShares.get(c).compareTo(maxSharePercent) == 0 ? ", held at the maximum share" : "");
                    allocations.add(new Allocation(c.supplierId(), c.name(), c.tier(), c.score(), weights.get(c).setScale(2, RoundingMode.HALF_UP),
                            share, demand.multiply(finalShares.get(c)).divide(HUNDRED, 3, RoundingMode.HALF_UP), reason));
                });
        return new Plan(demand, unit, minSharePercent, maxSharePercent, allocations, excluded, uncovered, reasoning);
    }

    private static Map<Candidate, BigDecimal> proportional(Map<Candidate, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Candidate, BigDecimal> shares = new LinkedHashMap<>();
        weights.forEach((c, w) -> shares.put(c, total.signum() == 0 ? BigDecimal.ZERO : w.multiply(HUNDRED).divide(total, 8, RoundingMode.HALF_UP)));
        return shares;
    }

    /** Cuts shares above the maximum and gives the excess to the others by weight, until none exceeds it. */
    private static Map<Candidate, BigDecimal> capped(Map<Candidate, BigDecimal> weights, Map<Candidate, BigDecimal> shares,
                                                     BigDecimal max, List<String> reasoning) {
        Map<Candidate, BigDecimal> result = new LinkedHashMap<>(shares);
        java.util.Set<Candidate> fixed = new java.util.HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Candidate, BigDecimal> e : result.entrySet()) {
                if (!fixed.contains(e.getKey()) && e.getValue().compareTo(max) > 0) {
                    fixed.add(e.getKey());
                    changed = true;
                }
            }
            if (changed) {
                BigDecimal remaining = HUNDRED.subtract(max.multiply(BigDecimal.valueOf(fixed.size())));
                BigDecimal freeWeight = weights.entrySet().stream().filter(e -> !fixed.contains(e.getKey()))
                        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                for (Candidate c : weights.keySet()) {
                    result.put(c, fixed.contains(c) ? max
                            : freeWeight.signum() == 0 || remaining.signum() <= 0 ? BigDecimal.ZERO
                            : weights.get(c).multiply(remaining).divide(freeWeight, 8, RoundingMode.HALF_UP));
                }
            }
        }
        if (!fixed.isEmpty()) {
            reasoning.add(fixed.size() + " supplier(s) held at the maximum share of " + pct(max) + " %; the rest shared by weight");
        }
        return result;
    }

    private static String pct(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
