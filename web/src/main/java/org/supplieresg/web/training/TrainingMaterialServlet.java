package org.supplieresg.web.training;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingViews;

/**
 * A module's uploaded material for pages: {@code /app/training-material?id=N} (the module's id). Behind the login of
 * /app/*; the service decides who may read it: staff any module's, a supplier user only that of a module assigned to
 * its company (anything else 404).
 */
@WebServlet("/app/training-material")
public class TrainingMaterialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingAssignments assignments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TrainingViews.Material material;
        try {
            material = assignments.material(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(material.contentType());
        response.setContentLength(material.content().length);
        response.setHeader("Content-Disposition", TrainingDownloads.disposition(material));
        response.setHeader("Content-Security-Policy", TrainingDownloads.CONTENT_POLICY);
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(material.content());
    }
}
