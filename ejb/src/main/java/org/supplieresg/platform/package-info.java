/**
 * What the application needs from its platform: the datasource (configured from the environment), the Flyway migration
 * at startup, optional demo data, the clock and the health checks.
 */
package org.supplieresg.platform;
