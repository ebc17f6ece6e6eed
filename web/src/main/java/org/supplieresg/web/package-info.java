/**
 * The web boundary: JSF backing beans (one per screen) and JAX-RS resources that translate between HTTP and the
 * services of the ejb module, plus login (Jakarta Security), security headers and translations.
 */
package org.supplieresg.web;
