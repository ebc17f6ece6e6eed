package org.supplieresg.minerals;

import org.supplieresg.audit.Severity;

/**
 * Why a declared smelter became a finding, and how serious that is. Severity follows the audit programme's scale:
 * MAJOR where the smelter is known not to meet RMAP (not on the list, or listed as not conformant), MINOR where the
 * gap is one of information or of time (the supplier has not identified the smelter; the smelter is in the assessment
 * process but not through it).
 */
public enum FindingReason {
    /** The smelter's identification number is not on the conformant list for that metal. */
    NOT_ON_LIST(Severity.MAJOR),
    /** The list names the smelter as Non-Conformant (or withdrawn). */
    LISTED_NOT_CONFORMANT(Severity.MAJOR),
    /** The list names the smelter as Active: in the assessment process, not conformant yet. */
    LISTED_ACTIVE(Severity.MINOR),
    /** The supplier gave no identification number, so the smelter cannot be checked. */
    NOT_IDENTIFIED(Severity.MINOR);

    /** The catalogue indicator the findings are raised on: the share of RMAP-conformant smelters and refiners. */
    public static final String INDICATOR = "MIN-04";

    private final Severity severity;

    FindingReason(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
