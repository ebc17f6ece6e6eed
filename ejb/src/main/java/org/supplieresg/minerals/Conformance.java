package org.supplieresg.minerals;

/** A declared smelter measured against the conformant smelter list (see the package documentation for the rules). */
public enum Conformance {
    CONFORMANT, NOT_CONFORMANT, UNKNOWN
}
