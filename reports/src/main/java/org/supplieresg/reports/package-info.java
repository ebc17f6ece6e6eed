/**
 * Report writers: plain Java over Apache POI (Excel) and OpenPDF (PDF), with no container dependency. The services
 * hand them simple data records and labels in the reader's language; the writers only lay out and format.
 */
package org.supplieresg.reports;
