package org.supplieresg.web.onboarding;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.supplieresg.onboarding.Onboarding;
import org.supplieresg.reports.PolicyTemplate;

/**
 * A policy template as a Word document filled in for the supplier user's own company:
 * {@code /app/policy-template?template=ENVIRONMENTAL&lang=zh-CN} ({@code lang} en or zh-CN, English by default).
 * Behind the login of /app/*, for supplier users only.
 */
@WebServlet("/app/policy-template")
public class PolicyTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    transient Onboarding onboarding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PolicyTemplate template;
        try {
            template = PolicyTemplate.valueOf(String.valueOf(request.getParameter("template")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = "zh-CN".equals(request.getParameter("lang")) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        byte[] document;
        try {
            document = onboarding.policyDocument(template, language);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String fileName = template.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + language.toLanguageTag() + ".docx";
        response.setContentType(DOCX);
        response.setContentLength(document.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(document);
    }
}
