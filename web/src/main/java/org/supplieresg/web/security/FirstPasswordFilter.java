package org.supplieresg.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;

/**
 * Keeps an account whose password someone else chose (an invitation's first password) to one thing until its owner
 * replaces it: pages lead to the password page, the API answers 403 except for changing the password. Pages learn it
 * once per session (at login); the API, which has no session, asks for each request that carries credentials.
 */
@WebFilter(urlPatterns = {"/app/*", "/api/*"}, asyncSupported = true)
public class FirstPasswordFilter extends HttpFilter {

    /** Set at login when the password must be changed; removed when it is. */
    public static final String DUE = FirstPasswordFilter.class.getName() + ".due";
    static final String PASSWORD_PAGE = "/app/password.xhtml";
    static final String PASSWORD_API = "/api/users/me/password";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            if (request.getHeader("Authorization") != null && !path.equals(PASSWORD_API) && currentUser.isPasswordChangeDue()) {
                String message = FieldViolation.of("password", "user.password.changeDue").message(java.util.Locale.ENGLISH);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json");
                response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Password change due\",\"status\":403,\"detail\":\""
                        + message.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(DUE) != null && !path.equals(PASSWORD_PAGE)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
