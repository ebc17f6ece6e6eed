/**
 * Reading the Responsible Minerals Initiative's reporting templates and the buyer's conformant smelter list, without a
 * container: {@link org.supplieresg.reports.minerals.RmiTemplateReader} turns a supplier's CMRT or EMRT workbook into
 * its declaration and smelter rows, {@link org.supplieresg.reports.minerals.ConformantListReader} turns the RMAP
 * conformant smelter list (CSV or Excel) into entries. Both return every problem they find instead of throwing; what
 * the rows mean for the supplier (conformance, findings) is the domain's business.
 *
 * <p>The layout the template reader relies on was taken from the published RMI templates themselves (CMRT 6.01 and
 * 6.5, EMRT 1.1, 1.3, 2.0 and 2.1 as kept in the open-source project github.com/cirscn/cm-reporting,
 * {@code app/templates/}, with that project's notes {@code docs/archive/diffs/cmrt.md} and
 * {@code app/src/lib/public/excel.ts}), and from parsers that read filled-in templates (pandas reading
 * {@code Smelter List} with the header on row 4 and the company name in {@code Declaration!D8}):
 * <ul>
 *   <li>sheets {@code Declaration} and {@code Smelter List} in every revision (EMRT 2.x adds {@code Mine List});</li>
 *   <li>{@code Declaration!D2} holds the title, "Conflict Minerals Reporting Template (CMRT)" or "Extended Mineral
 *       Reporting Template (EMRT)" (translated, but always ending in "(CMRT)" or "(EMRT)"), {@code J3} the revision
 *       as "Revision 6.5\nApril 25, 2025", {@code D8} the company name next to the label "Company Name (*):";</li>
 *   <li>{@code Smelter List} row 4 holds the column titles, data from row 5: "Smelter Identification Number Input
 *       Column", "Metal (*)", "Smelter Look-up (*)", "Smelter Name (1)" ("Smelter Name (*)" in EMRT 2.x), "Smelter
 *       Country (*)", "Smelter Identification", "Source of Smelter Identification Number", street, city, and so on;
 *       the titles are formulas showing the language chosen on the Declaration sheet, so a file saved in Chinese shows
 *       "金属 (*)", "冶炼厂查找 (*)" and so on (both languages are recognised here);</li>
 *   <li>metals are always written in English: Gold, Tantalum, Tin, Tungsten (CMRT); Cobalt and Mica (EMRT 1.x);
 *       Cobalt, Copper, Graphite, Lithium, Mica, Nickel (EMRT 2.x); the look-up offers "Smelter not listed" and
 *       "Smelter not yet identified" besides the known smelters, whose identification numbers look like CID000123;</li>
 *   <li>countries are the upper-case ISO 3166 English short names of the template's hidden sheet {@code C}, such as
 *       "CHINA", "KOREA, REPUBLIC OF" or "UNITED STATES OF AMERICA".</li>
 * </ul>
 * Columns are found by their titles in the first rows, not by position, so that every revision reads.
 */
package org.supplieresg.reports.minerals;
