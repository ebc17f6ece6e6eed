package org.supplieresg.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.supplieresg.scoring.ScoreCard;

/**
 * Which modules a score assigns, as plain functions: every dimension scored below the threshold (a dimension left out
 * as not applicable has no score and assigns nothing) assigns the active modules of that dimension in the supplier's
 * language, or all of the dimension's active modules if none is in its language; a module the supplier already has,
 * whatever its status, is never assigned again.
 */
public final class TrainingPlan {

    /** A dimension scored below the threshold. */
    public record Weakness(String dimension, BigDecimal score) {
    }

    /** An active module, as far as choosing it goes. */
    public record Candidate(long moduleId, String dimension, String language) {
    }

    /** A module to assign, and the weakness that assigns it. */
    public record Pick(long moduleId, Weakness weakness) {
    }

    private TrainingPlan() {
    }

    /** The dimensions of the card scored below {@code threshold}, in the card's order. */
    public static List<Weakness> weaknesses(ScoreCard card, BigDecimal threshold) {
        List<Weakness> weak = new ArrayList<>();
        for (ScoreCard.DimensionScore dimension : card.dimensions()) {
            if (dimension.score() != null && dimension.score().compareTo(threshold) < 0) {
                weak.add(new Weakness(dimension.code(), dimension.score()));
            }
        }
        return weak;
    }

    /**
     * The modules to assign for these weaknesses: per weak dimension, its candidates in {@code language} (or all of them
     * if none is), less those in {@code alreadyAssigned}, in the order of {@code candidates}.
     */
    public static List<Pick> picks(List<Weakness> weaknesses, Collection<Candidate> candidates, Locale language,
                                   Set<Long> alreadyAssigned) {
        List<Pick> picks = new ArrayList<>();
        for (Weakness weakness : weaknesses) {
            List<Candidate> ofDimension = candidates.stream().filter(c -> c.dimension().equals(weakness.dimension())).toList();
            List<Candidate> inLanguage = ofDimension.stream().filter(c -> speaks(c.language(), language)).toList();
            for (Candidate candidate : inLanguage.isEmpty() ? ofDimension : inLanguage) {
                if (!alreadyAssigned.contains(candidate.moduleId())) {
                    picks.add(new Pick(candidate.moduleId(), weakness));
                }
            }
        }
        return picks;
    }

    /** Whether a module in {@code languageTag} (BCP 47, such as zh-CN) is in the reader's language: "zh-CN" and "zh" are. */
    public static boolean speaks(String languageTag, Locale reader) {
        return Locale.forLanguageTag(languageTag).getLanguage().equals(reader.getLanguage());
    }
}
