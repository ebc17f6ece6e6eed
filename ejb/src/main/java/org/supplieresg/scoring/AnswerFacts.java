package org.supplieresg.scoring;

import java.util.Objects;

/** One answer as the engine sees it: the response and the reviewer's decision. */
public record AnswerFacts(String indicatorCode, Response response, Validation validation) {

    public AnswerFacts {
        Objects.requireNonNull(indicatorCode);
        Objects.requireNonNull(response);
        Objects.requireNonNull(validation);
    }
}
