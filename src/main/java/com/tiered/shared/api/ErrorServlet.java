package com.tiered.shared.api;

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
 * friendly error page for people.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error != null) {
            LOG.log(Level.SEVERE, "Request " + uri + " failed", error);
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
}
