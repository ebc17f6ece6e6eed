/**
 * Reports that officers publish and procurement takes into sourcing meetings: the supplier scorecard (PDF), the
 * portfolio workbook (Excel) and the disclosure report (PDF and Excel). Each runs as a background job with progress
 * on the server's managed executor, survives the user leaving the page, can be cancelled, and leaves a history entry
 * with the file's SHA-256, its parameters, who asked and when. The writers are the plain-Java ones of module
 * {@code reports}; this package gathers their data from the database.
 */
package org.supplieresg.reporting;
