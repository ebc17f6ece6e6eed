package org.supplieresg.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archive under test is the EAR that the build produced, not a hand-listed set of classes. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ear.file", "target/supplier-esg.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first: " + ear + " does not exist");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
