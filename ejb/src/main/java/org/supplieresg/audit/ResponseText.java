package org.supplieresg.audit;

import java.math.BigDecimal;
import java.util.Locale;
import org.supplieresg.scoring.Response;

/**
 * Answers as short text, the same for what the supplier said and what the auditor verified, so that the two compare:
 * YES, NO, LEVEL_0 to LEVEL_4, NA, or a number.
 */
final class ResponseText {

    private ResponseText() {
    }

    static String of(Response response) {
        if (response instanceof Response.YesNo y) {
            return y.yes() ? "YES" : "NO";
        }
        if (response instanceof Response.Maturity m) {
            return "LEVEL_" + m.level();
        }
        if (response instanceof Response.Kpi k) {
            return k.value().stripTrailingZeros().toPlainString();
        }
        return response instanceof Response.NotApplicable ? "NA" : null;
    }

    /** The response a text stands for, or null if it is none of the forms. */
    static Response parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        switch (t) {
            case "YES":
                return new Response.YesNo(true);
            case "NO":
                return new Response.YesNo(false);
            case "NA":
                return new Response.NotApplicable();
            default:
                if (t.matches("LEVEL_[0-4]")) {
                    return new Response.Maturity(t.charAt(6) - '0');
                }
                try {
                    return new Response.Kpi(new BigDecimal(t));
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}
