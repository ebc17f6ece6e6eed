package org.supplieresg.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;

/**
 * Whether demo suppliers and demo accounts are loaded. {@code DEMO_DATA=true|false} decides when set; otherwise demo
 * data is on exactly when the application runs on its embedded default database, so that a production database never
 * gets accounts with the password "demo" unless someone asks for them.
 */
@ApplicationScoped
public class DemoDataSwitch {

    @Inject
    @ConfigProperty(name = "demo.data")
    Optional<Boolean> explicit;

    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "db.embedded.url")
    String embeddedDatabaseUrl;

    public boolean isOn() {
        return explicit.orElse(databaseUrl.equals(embeddedDatabaseUrl));
    }
}
