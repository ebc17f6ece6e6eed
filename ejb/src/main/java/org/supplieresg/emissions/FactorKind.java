package org.supplieresg.emissions;

/** What an emission factor is per unit of. */
public enum FactorKind {
    /** Combustion of a fuel (Scope 1). */
    FUEL,
    /** Grid-average electricity (Scope 2, location-based). */
    ELECTRICITY,
    /** Purchased heat or steam (Scope 2). */
    HEAT,
    REFRIGERANT,
    PROCESS,
    /** Freight per tonne-km (Scope 3 category 4). */
    FREIGHT,
    /** Cradle-to-gate production of a material (average-data method). */
    MATERIAL,
    /** Environmentally extended input-output factor per unit of money (spend-based method). */
    SPEND,
    /** Extraction, refining and transport of a fuel before it is burnt (Scope 3 category 3). */
    WELL_TO_TANK,
    /** Electricity lost in transmission and distribution (Scope 3 category 3). */
    TRANSMISSION_LOSS
}
