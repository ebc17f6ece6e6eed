package org.supplieresg.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The evidence storage of this server, configured from MicroProfile Config (EVIDENCE_DIR and the limits). */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    @ConfigProperty(name = "evidence.dir")
    String directory;

    @Inject
    @ConfigProperty(name = "evidence.max.bytes")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "evidence.quota.bytes")
    long quotaBytes;

    private EvidenceStorage storage;

    @PostConstruct
    void open() {
        storage = new EvidenceStorage(Path.of(directory).toAbsolutePath());
    }

    public EvidenceStorage storage() {
        return storage;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long quotaBytes() {
        return quotaBytes;
    }
}
