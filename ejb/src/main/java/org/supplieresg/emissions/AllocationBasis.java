package org.supplieresg.emissions;

/** How a supplier's emissions are shared out to one buyer (GHG Protocol Scope 3 Guidance, chapter 8). */
public enum AllocationBasis {
    /** The buyer's spend as a share of the supplier's revenue. */
    ECONOMIC,
    /** The mass bought as a share of the supplier's production. */
    PHYSICAL
}
