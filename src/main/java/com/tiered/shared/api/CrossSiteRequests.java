package com.tiered.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A call that changes something (POST, PUT, DELETE, PATCH) is refused with 403 when the browser that sent it says it
 * came from another site: {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or an {@code Origin}
 * whose host and port are not this server's ({@code Host}). Programs (curl, an SIS) send neither header and are not
 * affected; a browser that remembered Basic credentials cannot be steered into an import from another site's page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequests implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (isCrossSite(
                request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Origin"),
                request.getHeaderString("Host"))) {
            request.abortWith(ApiErrors.response(
                    403,
                    "Refused: a call that changes data, sent by a page of another site. Programs call the API"
                            + " with HTTP Basic and no Origin header."));
        }
    }

    static boolean isCrossSite(String secFetchSite, String origin, String host) {
        if (secFetchSite != null && !OWN_SITE.contains(secFetchSite.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return origin != null && !sameAuthority(origin.trim(), host);
    }

    /** The Origin's host and port (the default one of its scheme when absent) against the Host header's. */
    private static boolean sameAuthority(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI from = new URI(origin);
            if (from.getHost() == null || from.getScheme() == null) {
                return false;
            }
            int defaultPort = from.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            int originPort = from.getPort() < 0 ? defaultPort : from.getPort();
            URI to = new URI("//" + host.trim());
            int hostPort = to.getPort() < 0 ? defaultPort : to.getPort();
            return from.getHost().equalsIgnoreCase(to.getHost()) && originPort == hostPort;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
