/**
 * User accounts, their roles and the company a supplier user belongs to; password checks with lockout; the caller of
 * the current request. Login itself (form and HTTP Basic) is Jakarta Security in the web module, which asks
 * {@link org.supplieresg.identity.Authenticator} to check a password.
 */
package org.supplieresg.identity;
