package org.supplieresg.emissions;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * The current version of every factor, indexed for one calculation run, with the GWP sets and the upstream pairs.
 * Safe to share between the threads of one run (its caches are concurrent). Choosing a factor: the same activity (or grid region, or EEIO sector), meant for the reporting year, in a unit of the
 * activity's dimension; of several, the latest data year.
 */
public final class FactorSnapshot {

    private final Map<String, List<EmissionFactor>> byActivity;
    private final Map<String, List<EmissionFactor>> gridByRegion;
    private final Map<String, List<EmissionFactor>> spendBySector;
    private final Map<String, Set<String>> upstream;
    private final Map<String, GwpSet> gwpSets;
    private final GwpSet reporting;

    public FactorSnapshot(Collection<EmissionFactor> current, Map<String, Set<String>> upstream, Collection<GwpSet> gwpSets, String reportingSet) {
        this.byActivity = current.stream().collect(Collectors.groupingBy(EmissionFactor::activity));
        this.gridByRegion = current.stream().filter(f -> f.kind() == FactorKind.ELECTRICITY).collect(Collectors.groupingBy(EmissionFactor::region));
        this.spendBySector = current.stream().filter(f -> f.kind() == FactorKind.SPEND && f.sectorCode() != null)
                .collect(Collectors.groupingBy(EmissionFactor::sectorCode));
        this.upstream = Map.copyOf(upstream);
        this.gwpSets = gwpSets.stream().collect(Collectors.toMap(GwpSet::code, s -> s));
        this.reporting = this.gwpSets.get(reportingSet);
        if (reporting == null) {
            throw new IllegalArgumentException("unknown GWP set " + reportingSet);
        }
    }

    public GwpSet reporting() {
        return reporting;
    }

    public GwpSet gwpSet(String code) {
        GwpSet set = gwpSets.get(code);
        if (set == null) {
            throw new IllegalStateException("factor published under unknown GWP set " + code);
        }
        return set;
    }

    private final Map<Long, java.math.BigDecimal> perUnit = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * kg CO2e per unit of the factor under the reporting GWP set (worked out once per factor and snapshot), rounded
     * half-even to 12 decimals: the scale every figure stores it at, so that quantity × stored value = stored figure.
     */
    public java.math.BigDecimal perUnit(EmissionFactor factor) {
        return perUnit.computeIfAbsent(factor.id(), id -> factor.perUnit(reporting, gwpSet(factor.gwpSet()))
                .setScale(PER_UNIT_SCALE, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros());
    }

    static final int PER_UNIT_SCALE = 12;

    /** What a choice depends on; the choice is made once per snapshot (a run calculates 100 000 lines with a few dozen). */
    private record Choice(String what, FactorKind kind, int year, PhysicalDimension dimension) {
    }

    private final Map<Choice, EmissionFactor> chosen = new java.util.concurrent.ConcurrentHashMap<>();

    public EmissionFactor forActivity(String activity, FactorKind kind, int year, Unit unit, String where) {
        Choice choice = new Choice(activity, kind, year, unit.dimension());
        EmissionFactor known = chosen.get(choice);
        if (known != null) {
            return known;
        }
        EmissionFactor factor = chooseForActivity(activity, kind, year, unit, where);
        chosen.put(choice, factor);
        return factor;
    }

    private EmissionFactor chooseForActivity(String activity, FactorKind kind, int year, Unit unit, String where) {
        List<EmissionFactor> candidates = byActivity.getOrDefault(activity, List.of()).stream().filter(f -> f.kind() == kind).toList();
        if (candidates.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of(where, "emissions.factor.unknownActivity", activity));
        }
        List<EmissionFactor> inYear = candidates.stream().filter(f -> f.coversYear(year)).toList();
        if (inYear.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of(where, "emissions.factor.noneForYear", activity, String.valueOf(year), years(candidates)));
        }
        return inYear.stream().filter(f -> f.unit().map(u -> u.dimension() == unit.dimension()).orElse(false))
                .max(LATEST).orElseThrow(() -> new InvalidInputException(FieldViolation.of(where, "emissions.factor.unitMismatch", activity,
                        unit.symbol(), inYear.stream().map(EmissionFactor::activityUnit).distinct().collect(Collectors.joining(", ")))));
    }

    public EmissionFactor grid(String country, int year, String where) {
        Choice choice = new Choice(country, FactorKind.ELECTRICITY, year, null);
        EmissionFactor known = chosen.get(choice);
        if (known != null) {
            return known;
        }
        EmissionFactor factor = chooseGrid(country, year, where);
        chosen.put(choice, factor);
        return factor;
    }

    private EmissionFactor chooseGrid(String country, int year, String where) {
        List<EmissionFactor> candidates = gridByRegion.getOrDefault(country, List.of());
        if (candidates.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of(where, "emissions.factor.noGrid", country));
        }
        return candidates.stream().filter(f -> f.coversYear(year)).max(LATEST).orElseThrow(() -> new InvalidInputException(
                FieldViolation.of(where, "emissions.factor.noneForYear", "electricity " + country, String.valueOf(year), years(candidates))));
    }

    public EmissionFactor spend(String sector, int year, String where) {
        List<EmissionFactor> candidates = spendBySector.getOrDefault(sector, List.of());
        if (candidates.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of(where, "emissions.factor.unknownSector", sector));
        }
        // An EEIO factor of an earlier price year still serves later years once spend is deflated to its price year.
        return candidates.stream().filter(f -> !f.validFrom().isAfter(java.time.LocalDate.of(year, 12, 31))).max(LATEST)
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of(where, "emissions.factor.noneForYear",
                        "NAICS " + sector, String.valueOf(year), years(candidates))));
    }

    /** Well-to-tank and grid-loss factors that belong to an activity, for the reporting year. */
    public List<EmissionFactor> upstreamOf(String activity, int year) {
        return upstream.getOrDefault(activity, Set.of()).stream().map(byActivity::get).filter(l -> l != null)
                .map(l -> l.stream().filter(f -> f.coversYear(year)).max(LATEST)).flatMap(Optional::stream).toList();
    }

    public boolean knowsActivity(String activity, FactorKind kind) {
        return byActivity.getOrDefault(activity, List.of()).stream().anyMatch(f -> f.kind() == kind);
    }

    private static final Comparator<EmissionFactor> LATEST = Comparator.comparingInt(EmissionFactor::dataYear)
            .thenComparing(EmissionFactor::validFrom).thenComparingInt(EmissionFactor::version);

    private static String years(List<EmissionFactor> factors) {
        return factors.stream().map(f -> f.validFrom().getYear() + (f.validTo() == null ? "+" : "-" + f.validTo().getYear()))
                .distinct().sorted().collect(Collectors.joining(", "));
    }

    /** Builds the upstream pairs from rows (activity, upstream activity). */
    public static Map<String, Set<String>> pairs(List<String[]> rows) {
        Map<String, Set<String>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r[0], k -> new java.util.TreeSet<>()).add(r[1]));
        return map;
    }
}
