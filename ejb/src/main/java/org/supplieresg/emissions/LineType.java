package org.supplieresg.emissions;

/** The kinds of activity data an inventory holds, and the scope each falls in. */
public enum LineType {
    /** Fuel burnt on site or in own vehicles: Scope 1. */
    FUEL(1, FactorKind.FUEL),
    /** Purchased electricity: Scope 2, location-based and market-based. */
    ELECTRICITY(2, FactorKind.ELECTRICITY),
    /** Purchased heat or steam: Scope 2. */
    HEAT(2, FactorKind.HEAT),
    /** Refrigerant leaked (kg of a gas of the GWP sets): Scope 1. */
    REFRIGERANT(1, null),
    /** Process emissions already in CO2e (from a mass balance): Scope 1. */
    PROCESS(1, null),
    /** The company's own purchased materials, for the hybrid method of its customers: its Scope 3 category 1. */
    INPUT(3, FactorKind.MATERIAL);

    private final int scope;
    private final FactorKind factorKind;

    LineType(int scope, FactorKind factorKind) {
        this.scope = scope;
        this.factorKind = factorKind;
    }

    public int scope() {
        return scope;
    }

    /** The kind of factor its activity names; null when it needs none from the library. */
    public FactorKind factorKind() {
        return factorKind;
    }
}
