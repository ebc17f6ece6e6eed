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
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test database on port " + port, e);
        }
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
