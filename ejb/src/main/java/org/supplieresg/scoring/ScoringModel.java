package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * The dimensions and indicators of one catalogue version, checked to be scorable: codes unique, weights summing to
 * 100 %, every indicator in a known dimension, KPI bands contiguous and covering every value.
 */
public final class ScoringModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, DimensionRule> dimensions;
    private final Map<String, IndicatorRule> indicators;
    /** The codes of the core subset that small companies answer in a "core" campaign. */
    private Set<String> core = Set.of();
    private ScoringModel coreOnly;

    public ScoringModel(List<DimensionRule> dimensions, List<IndicatorRule> indicators) {
        this(dimensions, indicators, true);
    }

    private ScoringModel(List<DimensionRule> dimensions, List<IndicatorRule> indicators, boolean check) {
        if (check) {
            InvalidInputException.throwIfAny(violations(dimensions, indicators));
        }
        this.dimensions = new LinkedHashMap<>();
        dimensions.forEach(d -> this.dimensions.put(d.code(), d));
        this.indicators = new LinkedHashMap<>();
        indicators.forEach(i -> this.indicators.put(i.code(), i));
    }

    public static List<FieldViolation> violations(List<DimensionRule> dimensions, List<IndicatorRule> indicators) {
        List<FieldViolation> found = new ArrayList<>();
        Set<String> dimensionCodes = dimensions.stream().map(DimensionRule::code).collect(Collectors.toSet());
        if (dimensionCodes.size() != dimensions.size()) {
            found.add(FieldViolation.of("dimensions", "catalogue.dimension.duplicate"));
        }
        BigDecimal weights = dimensions.stream().map(DimensionRule::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(HUNDRED) != 0) {
            found.add(FieldViolation.of("weights", "catalogue.weights.sum", weights.stripTrailingZeros().toPlainString()));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (IndicatorRule indicator : indicators) {
            if (!seen.add(indicator.code())) {
                found.add(FieldViolation.of(indicator.code(), "catalogue.indicator.duplicate", indicator.code()));
            }
            if (!dimensionCodes.contains(indicator.dimension())) {
                found.add(FieldViolation.of(indicator.code(), "catalogue.indicator.unknownDimension", indicator.code(), indicator.dimension()));
            }
            if (indicator.maxPoints().signum() <= 0) {
                found.add(FieldViolation.of(indicator.code(), "catalogue.indicator.points", indicator.code()));
            }
            if (indicator.isKpi() && !bandsCoverEverything(indicator.bands())) {
                found.add(FieldViolation.of(indicator.code(), "catalogue.indicator.bands", indicator.code()));
            }
        }
        for (DimensionRule dimension : dimensions) {
            if (indicators.stream().noneMatch(i -> i.dimension().equals(dimension.code()))) {
                found.add(FieldViolation.of(dimension.code(), "catalogue.dimension.empty", dimension.code()));
            }
        }
        return found;
    }

    /**
     * The questions of this model scored under the rules of another (a newer catalogue version): a dimension or
     * indicator the rules know by the same code takes their weight, points, bands, red flag and N/A limits; one they do
     * not know keeps its own. An indicator whose answer type changed keeps its own rule, since the answer given does
     * not fit the new one. The weights then need not add up to 100; the engine divides by the weights it uses.
     */
    public ScoringModel scoredBy(ScoringModel rules) {
        if (rules == this) {
            return this;
        }
        List<DimensionRule> newDimensions = dimensions.values().stream()
                .map(d -> rules.dimensions.getOrDefault(d.code(), d)).toList();
        List<IndicatorRule> newIndicators = indicators.values().stream().map(i -> {
            IndicatorRule rule = rules.indicators.get(i.code());
            return rule != null && rule.type() == i.type() && rule.dimension().equals(i.dimension()) ? rule : i;
        }).toList();
        ScoringModel scored = new ScoringModel(newDimensions, newIndicators, false);
        scored.core = core; // the questions asked are this version's, and so is their core subset
        return scored;
    }

    /** The same model, knowing which of its indicators form the core subset. */
    public ScoringModel withCoreSubset(Set<String> codes) {
        ScoringModel model = new ScoringModel(List.copyOf(dimensions.values()), List.copyOf(indicators.values()), false);
        model.core = Set.copyOf(codes);
        return model;
    }

    /**
     * The model of a "core" campaign: only the core indicators count, so a small company that answered all it was asked
     * is not marked down for questions it never saw. A dimension without core indicators drops out and the engine
     * spreads its weight over the others, as it does for a dimension that is entirely not applicable.
     */
    public synchronized ScoringModel coreOnly() {
        if (coreOnly == null) {
            List<IndicatorRule> kept = indicators.values().stream().filter(i -> core.contains(i.code())).toList();
            List<DimensionRule> used = dimensions.values().stream()
                    .filter(d -> kept.stream().anyMatch(i -> i.dimension().equals(d.code()))).toList();
            coreOnly = new ScoringModel(used, kept, false);
            coreOnly.core = core;
        }
        return coreOnly;
    }

    public Set<String> coreSubset() {
        return core;
    }

    /** Bands in order, each starting where the previous ended, the first open below and the last open above. */
    static boolean bandsCoverEverything(List<Band> bands) {
        if (bands.isEmpty() || bands.get(bands.size() - 1).upper() != null) {
            return false;
        }
        for (int i = 1; i < bands.size(); i++) {
            BigDecimal previousUpper = bands.get(i - 1).upper();
            BigDecimal lower = bands.get(i).lower();
            if (previousUpper == null || lower == null || previousUpper.compareTo(lower) != 0) {
                return false;
            }
        }
        return true;
    }

    public Map<String, DimensionRule> dimensions() {
        return dimensions;
    }

    public Map<String, IndicatorRule> indicators() {
        return indicators;
    }

    public List<IndicatorRule> indicatorsOf(String dimension) {
        return indicators.values().stream().filter(i -> i.dimension().equals(dimension)).toList();
    }
}
