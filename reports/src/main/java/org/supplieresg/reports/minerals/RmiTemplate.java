package org.supplieresg.reports.minerals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The two RMI templates read here, the revisions whose layout was checked, and the metals each revision reports on.
 * A newer revision is refused until its layout has been checked and {@link #newest} moved.
 */
public enum RmiTemplate {
    /** Conflict Minerals Reporting Template: 3TG. */
    CMRT("6.01", "6.5"),
    /** Extended Minerals Reporting Template: cobalt and mica (1.x); copper, graphite, lithium and nickel too (2.x). */
    EMRT("1.1", "2.1");

    private static final Set<Metal> THREE_TG = Set.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    private static final Set<Metal> EMRT_1 = Set.of(Metal.COBALT, Metal.MICA);
    private static final Set<Metal> EMRT_2 = Set.of(Metal.COBALT, Metal.COPPER, Metal.GRAPHITE, Metal.LITHIUM, Metal.MICA, Metal.NICKEL);

    private final String oldest;
    private final String newest;

    RmiTemplate(String oldest, String newest) {
        this.oldest = oldest;
        this.newest = newest;
    }

    public String oldest() {
        return oldest;
    }

    public String newest() {
        return newest;
    }

    /** Whether a revision such as "6.31" lies in the checked range (revisions compare as decimals: 6.01 < 6.1 < 6.22). */
    public boolean supports(String revision) {
        BigDecimal number = new BigDecimal(revision);
        return number.compareTo(new BigDecimal(oldest)) >= 0 && number.compareTo(new BigDecimal(newest)) <= 0;
    }

    /** The metals a supported revision reports on. */
    public Set<Metal> metals(String revision) {
        if (this == CMRT) {
            return THREE_TG;
        }
        return new BigDecimal(revision).compareTo(BigDecimal.valueOf(2)) >= 0 ? EMRT_2 : EMRT_1;
    }

    /** The metals as the template names them, in the order of {@link Metal}: for messages. */
    public List<String> metalTitles(String revision) {
        return metals(revision).stream().sorted().map(Metal::title).toList();
    }
}
