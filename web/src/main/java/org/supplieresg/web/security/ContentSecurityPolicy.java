package org.supplieresg.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The application's Content-Security-Policy: this origin only, no plugins, no framing, forms posted only here. Inline
 * styles are allowed (PrimeFaces positions overlays with them); inline scripts are not, except those carrying the
 * page's nonce. web.xml hands {@code #{contentSecurityPolicy.forPages}} to PrimeFaces, which appends
 * {@code 'nonce-...';} to it, so the script-src directive comes last.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String DIRECTIVES = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /** For everything that is not a page. */
    static final String FOR_ANSWERS = DIRECTIVES + ";";

    /** For pages, to which PrimeFaces adds the nonce. */
    public String forPages() {
        return DIRECTIVES;
    }
}
