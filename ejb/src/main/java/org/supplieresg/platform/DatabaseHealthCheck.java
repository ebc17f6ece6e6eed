package org.supplieresg.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when PostgreSQL answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT max(version) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            rs.next();
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion())
                    .withData("schemaVersion", String.valueOf(rs.getString(1)))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
