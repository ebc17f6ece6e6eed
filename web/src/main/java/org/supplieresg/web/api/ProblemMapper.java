package org.supplieresg.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/** The one place where errors become HTTP answers: Problem Details, never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Problem problem;
        if (cause instanceof InvalidInputException invalid) {
            problem = new Problem(URI.create("about:blank"), "Invalid input", 400,
                    "The request breaks " + invalid.violations().size() + " rule(s); nothing was saved.", instance,
                    invalid.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message(Locale.ENGLISH))).toList(),
                    null, null);
        } else if (cause instanceof NotFoundException) {
            problem = Problem.of(404, "Not found", cause.getMessage(), instance);
        } else if (cause instanceof ConcurrentChangeException conflict) {
            problem = new Problem(URI.create("about:blank"), "Changed by someone else", 409,
                    conflict.getMessage() + ". Nothing was saved; load the current version and apply your change again.", instance, null,
                    conflict.changes().stream().map(c -> new Problem.Change(c.field(), c.oldValue(), c.newValue(), c.actor(), c.occurredAt().toString())).toList(),
                    conflict.currentVersion());
        } else if (cause instanceof OptimisticLockException) {
            problem = Problem.of(409, "Changed by someone else", "Another user saved this record at the same moment; nothing was saved. Reload and try again.", instance);
        } else if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            problem = Problem.of(403, "Forbidden", "Your role does not allow this.", instance);
        } else if (cause instanceof JsonbException) {
            problem = Problem.of(400, "Malformed JSON", "The request body is not valid JSON for this resource: " + cause.getMessage(), instance);
        } else if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            problem = Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), web.getMessage(), instance);
        } else {
            LOG.log(Level.SEVERE, "unexpected error answering " + instance, thrown);
            problem = Problem.of(500, "Internal error", "Something went wrong on our side; it has been logged.", instance);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current != null) {
            if (current instanceof InvalidInputException || current instanceof NotFoundException
                    || current instanceof ConcurrentChangeException || current instanceof OptimisticLockException
                    || current instanceof EJBAccessException || current instanceof AccessLocalException
                    || current instanceof JsonbException) {
                return current;
            }
            Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null ? ejb.getCausedByException() : current.getCause();
            if (next == current) {
                break;
            }
            current = next;
        }
        return thrown;
    }
}
