package org.supplieresg.reports.minerals;

import java.util.Locale;
import java.util.Optional;

/** The metals and minerals the RMI templates report on, named in lower-case English for storage ({@link #code()}). */
public enum Metal {
    TIN, TANTALUM, TUNGSTEN, GOLD, COBALT, MICA, COPPER, GRAPHITE, LITHIUM, NICKEL;

    /** The lower-case English name: tin, tantalum, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name as the templates write it: Tin, Tantalum, ... */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The metal a cell names, in any case ("Gold", "GOLD", "gold"); empty for anything else. */
    public static Optional<Metal> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (Metal metal : values()) {
            if (metal.name().equals(wanted)) {
                return Optional.of(metal);
            }
        }
        return Optional.empty();
    }
}
