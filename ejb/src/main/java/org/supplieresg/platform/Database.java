package org.supplieresg.platform;

/**
 * The name of the application's one datasource, defined on {@link DatabaseMigration}. URL, user and password come from MicroProfile Config: the environment variables
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} override the defaults in {@code microprofile-config.properties},
 * which point at the embedded PostgreSQL of the one-command run. Connections are validated before use, so that the
 * application recovers by itself when PostgreSQL restarts.
 */
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/esg";

    private Database() {
    }
}
