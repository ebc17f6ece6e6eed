package org.supplieresg.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, once the schema is migrated: marks this server's interrupted report jobs failed and cleans up. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReportRecovery {

    @Inject
    ReportRunner runner;

    @PostConstruct
    void recover() {
        runner.recover();
    }
}
