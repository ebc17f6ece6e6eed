package org.supplieresg.emissions;

/** A CDI event: a reporting year was recalculated (in the transaction that stored the run). */
public record EmissionsCalculated(int year, long runId) {
}
