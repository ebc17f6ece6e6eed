package org.supplieresg.scoring;

/** How an indicator is answered. */
public enum AnswerType {
    /** Yes or no; yes is always the compliant answer. */
    YES_NO,
    /** A maturity level from 0 (nothing in place) to 4 (verified and continually improved). */
    MATURITY,
    /** A KPI reported by the supplier, in the indicator's unit, scored by bands. */
    NUMERIC,
    /** A KPI computed by the system from other data (such as reported emissions), scored by bands. */
    CALCULATED
}
