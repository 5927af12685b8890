package com.tiered.shared.api;

import com.tiered.shared.application.RefusedByRole;
import com.tiered.shared.domain.TooLarge;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of an API call answers JSON {status, message}. */
public final class ApiExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {}

    /** Errors JAX-RS itself raises: 404, 405, 415, 403 from @RolesAllowed (recorded in the access log), … */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Context
        private ResourceInfo resource;

        @Context
        private SecurityContext security;

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 && resource != null && RolesNeeded.lacksAll(resource, security)) {
                CDI.current()
                        .getBeanManager()
                        .getEvent()
                        .fire(new RefusedByRole(request.getMethod(), request.getRequestURI()));
            }
            String message = status >= 500 ? null : e.getMessage();
            if (status == 403 || status == 404 || status == 405 || status == 415 || status == 401) {
                message = null;
            }
            return ApiErrors.response(status, message);
        }
    }

    /** Bad input: the message names what is wrong. */
    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return ApiErrors.response(400, e.getMessage());
        }
    }

    /** Input larger than Tiered takes: 413, the message says the limit. */
    @Provider
    public static class TooLargeInput implements ExceptionMapper<TooLarge> {
        @Override
        public Response toResponse(TooLarge e) {
            return ApiErrors.response(413, e.getMessage());
        }
    }

    /** Anything else is the server's fault: logged, never shown. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException w) {
                return new WebApplicationErrors().toResponse(w);
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return ApiErrors.response(500, null);
        }
    }
}
