package org.supplieresg.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.supplieresg.identity.AccountSeeding;
import org.supplieresg.shared.InvalidInputException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs, then loads demo data when it is switched on.
 * Flyway owns the schema ({@code db/migration} in the {@code sql} module); demo data has its own history table so that
 * it can be switched on later without disturbing the schema's history.
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
                "fish.payara.statement-timeout-in-seconds=60",
                // One multi-row INSERT per JDBC batch: rescoring writes thousands of scores in one go.
                "reWriteBatchedInserts=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DemoDataSwitch demoData;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    AccountSeeding accounts;

    @Inject
    @ConfigProperty(name = "admin.initial.password")
    Optional<String> initialAdminPassword;

    /** The PostgreSQL advisory lock that servers starting together take in turn (any fixed number; "ESG" in ASCII). */
    static final long START_UP_LOCK = 0x455347L;

    /**
     * Migrates and seeds while holding an advisory lock on a connection of its own: servers of a cluster that start
     * together take turns, so that the second finds the first one's accounts instead of inserting them again.
     */
    @PostConstruct
    void migrate() {
        try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + START_UP_LOCK + ")");
            try {
                migrateAndSeed();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + START_UP_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock on the database: " + e.getMessage(), e);
        }
    }

    private void migrateAndSeed() {
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        MigrateResult schema = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted + " migrations applied now)");
        if (demoData.isOn()) {
            MigrateResult demo = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            demoAccounts.ensurePresent();
            LOG.info(() -> "demo data on (" + demo.migrationsExecuted + " demo migrations applied now); demo logins: "
                    + String.join(", ", DemoAccounts.USERNAMES) + " with password 'demo'");
        } else {
            LOG.info("demo data off");
        }
        try {
            if (accounts.ensureFirstAdmin(initialAdminPassword.map(String::toCharArray).orElse(null))) {
                LOG.info("created the first admin account from ADMIN_INITIAL_PASSWORD; change that password after logging in");
            }
        } catch (InvalidInputException e) {
            LOG.severe("ADMIN_INITIAL_PASSWORD was not used: " + e.getMessage());
        }
        if (!accounts.hasAdmin()) {
            LOG.warning("no admin account exists: set ADMIN_INITIAL_PASSWORD (at least 12 characters) and restart to create user 'admin'");
        }
    }
}
