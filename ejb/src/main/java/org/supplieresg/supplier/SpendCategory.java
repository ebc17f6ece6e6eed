package org.supplieresg.supplier;

/** What we buy from a supplier, in the categories a battery maker's procurement is organised by. */
public enum SpendCategory {
    CATHODE_MATERIALS,
    PRECURSOR,
    LITHIUM,
    COBALT,
    NICKEL,
    GRAPHITE_ANODE,
    ELECTROLYTE,
    SEPARATOR,
    COPPER_FOIL,
    ALUMINIUM,
    CELL_HOUSING,
    LOGISTICS
}
