package com.tiered.shared.api;

import static com.tiered.shared.api.CrossSiteRequests.isCrossSite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a browser says about where a call came from decides whether it may change data. */
class CrossSiteRequestsTest {

    @Test
    void aProgramSendingNeitherHeaderIsNotRefused() {
        assertFalse(isCrossSite(null, null, "tiered.district.org"));
        assertFalse(isCrossSite(null, null, null));
    }

    @Test
    void aPageOfAnotherSiteIsRefused() {
        assertTrue(isCrossSite("cross-site", null, "tiered.district.org"));
        assertTrue(isCrossSite(null, "https://evil.example", "tiered.district.org"));
        assertTrue(isCrossSite("same-site", "https://other.district.org", "tiered.district.org"));
        assertTrue(isCrossSite(null, "null", "tiered.district.org"), "a sandboxed page says Origin: null");
        assertTrue(isCrossSite(null, "http://localhost:9999", "localhost:8080"), "another port is another origin");
        assertTrue(isCrossSite("same-origin", "https://evil.example", "tiered.district.org"), "either header");
    }

    @Test
    void thisSiteIsNotRefusedBehindATlsProxyOrOnAPort() {
        assertFalse(isCrossSite("same-origin", "https://tiered.district.org", "tiered.district.org"));
        assertFalse(isCrossSite(null, "https://Tiered.District.org", "tiered.district.org:443"));
        assertFalse(isCrossSite("none", "http://localhost:8080", "localhost:8080"));
    }
}
