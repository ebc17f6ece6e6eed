package org.supplieresg.emissions;

/** What a unit measures; only quantities of the same dimension convert into one another. */
public enum PhysicalDimension {
    ENERGY, VOLUME, MASS, DISTANCE, FREIGHT, EMISSIONS, COUNT
}
