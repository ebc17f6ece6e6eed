package org.supplieresg.reporting;

/**
 * Where a running report is, reported by the code that assembles and writes it. Reporting is also where a job learns
 * that it was cancelled: {@link #report} then throws {@link Cancelled}, and the job stops with nothing kept.
 */
@FunctionalInterface
public interface Progress {

    /** @param step what is being done, for the progress bar's caption */
    void report(String step, int done, int total);

    /** Thrown out of {@link #report} when the job is to stop; passes through EJB calls unwrapped. */
    @jakarta.ejb.ApplicationException
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    Progress NONE = (step, done, total) -> { };
}
