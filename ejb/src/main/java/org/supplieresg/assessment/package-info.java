/**
 * The assessment model: the versioned catalogue of dimensions and indicators (指标体系) that suppliers are assessed
 * against, read from the database where Flyway seeds it. A published version is never edited; campaigns keep the
 * version they started with.
 */
package org.supplieresg.assessment;
