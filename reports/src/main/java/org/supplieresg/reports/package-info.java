/**
 * Report writers: plain Java over Apache POI (Excel) and OpenPDF (PDF), with no container dependency. The services
 * hand them simple data records and, for the workbooks, labels in the reader's language; the PDF reports keep their
 * labels in resource bundles here and embed their own font (see {@code reports/FONTS.md}). The writers only lay out
 * and format.
 */
package org.supplieresg.reports;
