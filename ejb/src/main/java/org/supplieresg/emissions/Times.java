package org.supplieresg.emissions;

/** Moments read from the database, shown as ISO-8601 instants in UTC (2026-03-20T01:30:00Z), whatever the server's zone. */
final class Times {

    private Times() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
