package org.supplieresg.onboarding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.supplieresg.reports.PolicyTemplate;
import org.supplieresg.training.TrainingPlan;

/**
 * Which help a supplier sees, as plain functions. A supplier that has a score sees its weakest dimensions: the (at most)
 * three lowest below 100, lowest first, ties in catalogue order, leaving out dimensions without a score (all "not
 * applicable"); each with every template for it. A supplier never scored sees every dimension as not yet scored, each
 * with the basic templates for it. Either way a dimension offers its training modules in the reader's language, or all
 * of them if none is, at most three.
 */
public final class Guidance {

    static final int WEAKEST_SHOWN = 3;
    static final int MODULES_SHOWN = 3;
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    /** A dimension's score in the supplier's latest score; null if the dimension had none. */
    public record Standing(String dimension, BigDecimal score) {
    }

    /** A training module the supplier can open, as far as choosing it goes. */
    public record Module(long id, String dimension, String language) {
    }

    /** One dimension to work on: its score (null: not yet scored), the templates and the modules that help. */
    public record Advice(String dimension, BigDecimal score, List<PolicyTemplate> templates, List<Long> moduleIds) {
    }

    private Guidance() {
    }

    /**
     * @param catalogue the dimension codes of the catalogue in force, in catalogue order
     * @param latest    the dimensions of the supplier's latest score; empty if it was never scored
     * @param modules   the active modules the supplier can open, in the order to offer them
     */
    public static List<Advice> advise(List<String> catalogue, List<Standing> latest, List<Module> modules, Locale reader) {
        boolean scored = !latest.isEmpty();
        List<Standing> focus = scored ? weakest(catalogue, latest) : catalogue.stream().map(d -> new Standing(d, null)).toList();
        List<Advice> advice = new ArrayList<>();
        for (Standing standing : focus) {
            List<PolicyTemplate> templates = List.of(PolicyTemplate.values()).stream()
                    .filter(t -> t.dimensions().contains(standing.dimension()) && (scored || t.basic())).toList();
            advice.add(new Advice(standing.dimension(), standing.score(), templates, modulesFor(standing.dimension(), modules, reader)));
        }
        return advice;
    }

    /** The lowest-scored dimensions below 100, at most three, lowest first, ties in catalogue order. */
    static List<Standing> weakest(List<String> catalogue, List<Standing> latest) {
        return latest.stream()
                .filter(s -> s.score() != null && s.score().compareTo(FULL_MARKS) < 0)
                .sorted(Comparator.comparing(Standing::score).thenComparing(s -> position(catalogue, s.dimension())))
                .limit(WEAKEST_SHOWN).toList();
    }

    private static int position(List<String> catalogue, String dimension) {
        int at = catalogue.indexOf(dimension);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static List<Long> modulesFor(String dimension, List<Module> modules, Locale reader) {
        List<Module> ofDimension = modules.stream().filter(m -> m.dimension().equals(dimension)).toList();
        List<Module> inLanguage = ofDimension.stream().filter(m -> TrainingPlan.speaks(m.language(), reader)).toList();
        return (inLanguage.isEmpty() ? ofDimension : inLanguage).stream().limit(MODULES_SHOWN).map(Module::id).toList();
    }
}
