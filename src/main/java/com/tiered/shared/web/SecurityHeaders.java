package com.tiered.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries — pages, API, static resources and errors: no content-type sniffing, the referrer
 * only to Tiered itself, no framing, and the Content-Security-Policy of web.xml's {@code primefaces.CSP_POLICY}. A
 * page's own policy, which PrimeFaces adds with the nonce of that page's scripts, takes the place of this one (two
 * policies would both apply, and the one without the nonce would block the page's scripts).
 */
@WebFilter(
        filterName = "SecurityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "Content-Security-Policy";
    /** What applies if web.xml names no policy: scripts from Tiered only, nothing embedded, no framing. */
    private static final String FALLBACK =
            "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; script-src 'self'";

    private String policy;

    @Override
    public void init() {
        policy = policyOf(getServletContext().getInitParameter("primefaces.CSP_POLICY"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        set(response, policy);
        chain.doFilter(request, new PagePolicy(response));
    }

    /**
     * The same headers for an answer written before the filters run (the authentication mechanism's sign-in
     * redirect and its 401 and 429 answers).
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        set(response, policyOf(request.getServletContext().getInitParameter("primefaces.CSP_POLICY")));
    }

    private static void set(HttpServletResponse response, String policy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(POLICY, policy);
    }

    private static String policyOf(String configured) {
        return (configured == null || configured.isBlank() ? FALLBACK : configured.trim()) + ";";
    }

    /** Lets a page's policy replace the one without a nonce instead of adding a second. */
    static final class PagePolicy extends HttpServletResponseWrapper {
        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
