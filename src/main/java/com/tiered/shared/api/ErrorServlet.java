package com.tiered.shared.api;

import com.tiered.shared.application.RefusedByRole;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends its errors: JSON {status, message} for the API (never a stack trace, never HTML), the
 * friendly error page for people. A 403 the container answered for a security constraint (a page or address the
 * user's roles do not open) is recorded in the access log; a refusal the application already recorded is not.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    private Event<RefusedByRole> refusals;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (withoutItsNonce(error)) {
            // A form sent without the nonce of the page it came from: not the page's own post (or a page left open
            // across a restart). The sender's mistake, not the server's.
            status = HttpServletResponse.SC_BAD_REQUEST;
            LOG.warning("Request " + uri + " refused: a form sent without its page's nonce");
        } else if (error != null) {
            LOG.log(Level.SEVERE, "Request " + uri + " failed", error);
        }
        if (status == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() != null) {
            refusals.fire(new RefusedByRole(request.getMethod(), String.valueOf(uri)));
        }
        response.setStatus(status);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("status", status)
                            .add("message", ApiErrors.messageFor(status))
                            .build()
                            .toString());
            return;
        }
        request.setAttribute("tieredErrorStatus", status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /** PrimeFaces' CSP mode refuses a post whose nonce is not its page's (by name: the API layer does not import it). */
    private static boolean withoutItsNonce(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
