package org.supplieresg.web.evidence;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.shared.NotFoundException;

/**
 * Evidence for pages: {@code /app/evidence?id=N} downloads it, {@code &inline=true} shows a PDF or an image in the
 * reviewer's preview. Behind the login of /app/*; the library decides who may read what (another company's: 404).
 */
@WebServlet("/app/evidence")
public class EvidenceContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceLibrary.Download download;
        try {
            download = library.open(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EvidenceDownloads.write(download, "true".equals(request.getParameter("inline")), response);
    }
}
