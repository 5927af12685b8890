package com.tiered.identity.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for the sign-in throttle and the access log: the peer's address, or — when the peer
 * is one of the reverse proxies named in {@code TIERED_PROXIES} (or {@code -Dtiered.proxies}), comma-separated — the
 * right-most address of {@code X-Forwarded-For} that is not itself such a proxy. The header is never believed from
 * anyone else, so a client cannot pick the address it is counted under.
 */
final class ClientAddress {
    private static final Set<String> PROXIES =
            parse(System.getProperty("tiered.proxies", System.getenv("TIERED_PROXIES")));

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), PROXIES);
    }

    static String of(String peer, String forwardedFor, Set<String> proxies) {
        if (!proxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::trim)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    static Set<String> parse(String list) {
        return list == null
                ? Set.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }
}
