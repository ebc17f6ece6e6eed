package org.supplieresg.it;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.supplieresg.dev.EmbeddedDatabase;

/**
 * Starts an empty embedded PostgreSQL before the integration suite, on the port that failsafe's {@code DB_URL} names
 * for the managed Payara, and stops it after the suite.
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null) {
            return; // not the integration suite
        }
        try {
            database = EmbeddedDatabase.start(Path.of(System.getProperty("it.db.dir")), Integer.parseInt(port), false);
            leaveAnInterruptedReportJob(database);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test database on port " + port, e);
        }
    }

    /** The id of the report job that a server "stopped" while it ran, before the suite's server started. */
    static final long INTERRUPTED_JOB = 999;

    /**
     * What a server killed in the middle of a report leaves: its job RUNNING in the database, claimed by that server,
     * and a half-written file. The suite's Payara starts after this, as the same server ("server"), and must recover
     * both ({@code ReportsIT}). The schema is migrated here first, as the application would (Flyway is idempotent).
     */
    private static void leaveAnInterruptedReportJob(EmbeddedDatabase database) throws Exception {
        database.migrateSchema();
        try (java.sql.Connection c = database.connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO report_job (id, kind, parameters, language, status, progress_done, progress_total, progress_step,"
                    + " requested_by, requested_at, runner, started_at) VALUES (" + INTERRUPTED_JOB + ", 'PORTFOLIO', 'year=2023', 'en', 'RUNNING',"
                    + " 20, 60, 'suppliers', 'officer', now(), 'server', now())");
        }
        Path parts = Path.of(System.getProperty("it.reports.dir"), "tmp");
        java.nio.file.Files.createDirectories(parts);
        java.nio.file.Files.write(parts.resolve(INTERRUPTED_JOB + "-killed.part"), new byte[4096]);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.stop();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the test database", e);
            }
        }
    }
}
