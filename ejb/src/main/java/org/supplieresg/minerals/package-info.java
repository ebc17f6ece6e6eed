/**
 * Responsible minerals (负责任矿产, dimension MIN): a supplier's declarations in the RMI templates (CMRT for tin,
 * tantalum, tungsten and gold; EMRT for cobalt, mica and, from 2.0, copper, graphite, lithium and nickel), the
 * smelters and refiners each declares, and the buyer's conformant smelter list (RMI's RMAP list) they are compared
 * with. A smelter that is not conformant, or that the supplier could not identify, becomes a finding on indicator
 * MIN-04 ("share of smelters and refiners conformant with RMAP"), open until a newer declaration or a newer list
 * settles it.
 *
 * <p>The rules, in {@link org.supplieresg.minerals.ConformantList} and {@link org.supplieresg.minerals.FindingReason}:
 * a smelter is CONFORMANT when its identification number is on the current list for that metal with the status
 * Conformant; NOT_CONFORMANT when the list does not know the number for that metal (the list is a positive list: what
 * it does not name has not been shown conformant, which is how MIN-04 counts) or names it as Active or Non-Conformant;
 * UNKNOWN when the supplier gave no identification number ("Smelter not yet identified", or a smelter not listed
 * without a number), and for every smelter while no list has been imported.
 */
package org.supplieresg.minerals;
