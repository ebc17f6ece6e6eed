package org.supplieresg.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The report storage of this server, configured from MicroProfile Config (REPORTS_DIR). */
@ApplicationScoped
public class ReportFiles {

    @Inject
    @ConfigProperty(name = "reports.dir")
    String directory;

    private ReportStorage storage;

    @PostConstruct
    void open() {
        storage = new ReportStorage(Path.of(directory).toAbsolutePath());
    }

    public ReportStorage storage() {
        return storage;
    }
}
