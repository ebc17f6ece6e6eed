/**
 * Emissions (排放): quantities with their units, global warming potentials, emission factors with provenance, and the
 * calculations that turn a supplier's activity data into CO2e with a lineage back to every number used.
 */
package org.supplieresg.emissions;
