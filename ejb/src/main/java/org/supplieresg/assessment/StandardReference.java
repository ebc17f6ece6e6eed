package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A clause of a standard that an indicator derives from, such as GRI 408-1 or OECD DDG Annex I Step 3. */
@Embeddable
public class StandardReference {

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "framework", nullable = false)
    private String framework;

    @Column(name = "clause", nullable = false)
    private String clause;

    protected StandardReference() {
        // for JPA
    }

    StandardReference(int position, String framework, String clause) {
        this.position = position;
        this.framework = framework;
        this.clause = clause;
    }

    public String framework() {
        return framework;
    }

    public String clause() {
        return clause;
    }
}
