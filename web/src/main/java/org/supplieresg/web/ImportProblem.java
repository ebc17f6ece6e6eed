package org.supplieresg.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.supplieresg.shared.InvalidInputException;

/** One problem of a refused upload (workbook row, sheet, file), as the pages list it, in the reader's language. */
public record ImportProblem(String where, String message) implements Serializable {

    public static List<ImportProblem> of(InvalidInputException refused, Locale locale) {
        return refused.violations().stream().map(v -> new ImportProblem(v.field(), v.message(locale))).toList();
    }
}
