package org.supplieresg.reporting;

/** Where a report job stands. Only SUCCEEDED offers a file; FAILED and CANCELLED can be run again. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
