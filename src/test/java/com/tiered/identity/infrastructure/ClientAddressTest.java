package com.tiered.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from the reverse proxies named in TIERED_PROXIES. */
class ClientAddressTest {
    private static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.2, 10.0.0.3 ");

    @Test
    void aClientCannotChooseTheAddressItIsCountedUnder() {
        assertEquals("203.0.113.66", ClientAddress.of("203.0.113.66", "198.51.100.7", PROXIES));
        assertEquals("203.0.113.66", ClientAddress.of("203.0.113.66", "198.51.100.7", Set.of()));
    }

    @Test
    void behindTheProxiesTheAddressTheyAddedCounts() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.2", "198.51.100.7", PROXIES));
        assertEquals(
                "198.51.100.7",
                ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", PROXIES),
                "the right-most address that is not a proxy; what the client wrote before it is ignored");
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, PROXIES));
    }
}
