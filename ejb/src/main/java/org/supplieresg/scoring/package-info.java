/**
 * The scoring engine, plain Java with no container: indicator points from answers, dimension scores 0-100, the
 * weighted total 0-100, the caps and the tier, each with the rule that produced it so that every figure can be
 * explained. The rules are written out in {@link org.supplieresg.scoring.ScoringEngine}.
 */
package org.supplieresg.scoring;
