package org.supplieresg.emissions;

/** How a figure was calculated. The first four are the GHG Protocol's methods for Scope 3 category 1, best first. */
public enum Method {
    SUPPLIER_SPECIFIC(true),
    HYBRID(true),
    AVERAGE_DATA(false),
    SPEND_BASED(false),
    /** Tonne-km times a freight factor (category 4). */
    DISTANCE_BASED(false),
    /** Fuel and electricity upstream: well-to-tank and grid losses (category 3). */
    FUEL_AND_ENERGY_UPSTREAM(false),
    /** A company's own activity data times a published factor (its Scope 1 and 2). */
    ACTIVITY_DATA(true),
    /** Market-based Scope 2 at the rate of a contractual instrument. */
    CONTRACTUAL_INSTRUMENT(true),
    /** Totals from an inventory verified to ISO 14064-3. */
    VERIFIED_TOTAL(true);

    private final boolean primaryData;

    Method(boolean primaryData) {
        this.primaryData = primaryData;
    }

    /** Whether the figure rests on data from the supplier itself rather than on averages. */
    public boolean primaryData() {
        return primaryData;
    }
}
