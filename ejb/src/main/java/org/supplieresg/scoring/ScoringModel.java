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

    public ScoringModel(List<DimensionRule> dimensions, List<IndicatorRule> indicators) {
        InvalidInputException.throwIfAny(violations(dimensions, indicators));
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
