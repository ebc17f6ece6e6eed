package org.supplieresg.minerals;

import java.util.Optional;

/** What the conformant list says of one declared smelter, and the finding that calls for, if any. */
public record Verdict(Conformance conformance, FindingReason reason) {

    public Optional<FindingReason> finding() {
        return Optional.ofNullable(reason);
    }
}
