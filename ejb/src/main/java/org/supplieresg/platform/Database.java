package org.supplieresg.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one datasource. URL, user and password come from MicroProfile Config: the environment variables
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} override the defaults in {@code microprofile-config.properties},
 * which point at the embedded PostgreSQL of the one-command run. Connections are validated before use, so that the
 * application recovers by itself when PostgreSQL restarts.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.statement-timeout-in-seconds=60"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/esg";

    private Database() {
    }
}
