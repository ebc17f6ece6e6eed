package org.supplieresg.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every answer, and exactly one Content-Security-Policy. Answers that are not pages (the API,
 * downloads, resources) get {@link ContentSecurityPolicy#FOR_ANSWERS}: scripts from this origin only. Pages get the
 * same policy from PrimeFaces ({@code primefaces.CSP_POLICY} is {@link ContentSecurityPolicy#forPages()}) with the
 * request's nonce appended, so the scripts it writes into the page run and no other inline script does; PrimeFaces'
 * header replaces this filter's instead of being added next to it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** A year; browsers keep it only from answers that came over HTTPS (the TLS proxy in front), and ignore it otherwise. */
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, ContentSecurityPolicy.FOR_ANSWERS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Strict-Transport-Security", HSTS);
        // Current browsers ignore it (their XSS auditors are gone, CSP does the job); older ones block the page
        // instead of rewriting it, which is the safe choice there.
        response.setHeader("X-XSS-Protection", "1; mode=block");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a page's policy (PrimeFaces adds it) replace the default one instead of becoming a second header. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
