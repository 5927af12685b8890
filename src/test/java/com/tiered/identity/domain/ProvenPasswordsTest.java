package com.tiered.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenPasswordsTest {
    private static final String HASH = "PBKDF2WithHmacSHA256:10000:salt:hash";

    private final Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final ProvenPasswords proven = new ProvenPasswords(Duration.ofMinutes(10), 3);

    @Test
    void onlyTheSamePairOfTheSameUserIsFoundWithItsHashAndOnlyForAWhile() {
        proven.proven("admin", "right".toCharArray(), HASH, now);

        assertEquals(Optional.of(HASH), proven.provenAgainst("admin", "right".toCharArray(), now.plusSeconds(599)));
        assertTrue(proven.provenAgainst("admin", "wrong".toCharArray(), now).isEmpty(), "a guess is never found");
        assertTrue(
                proven.provenAgainst("admin", "right\0".toCharArray(), now).isEmpty(), "nor one that only adds a byte");
        assertTrue(
                proven.provenAgainst("principal", "right".toCharArray(), now).isEmpty(),
                "nor the password under another name");
        assertTrue(
                proven.provenAgainst("admin", "right".toCharArray(), now.plusSeconds(601))
                        .isEmpty(),
                "ten minutes at most");
    }

    @Test
    void aPairNoLongerRightIsForgotten() {
        proven.proven("admin", "old".toCharArray(), HASH, now);
        proven.forget("admin", "old".toCharArray());
        assertTrue(proven.provenAgainst("admin", "old".toCharArray(), now).isEmpty());
    }

    @Test
    void theOldestMakeRoom() {
        for (String user : new String[] {"a", "b", "c", "d"}) {
            proven.proven(user, "pw".toCharArray(), HASH, now);
        }
        assertTrue(proven.provenAgainst("a", "pw".toCharArray(), now).isEmpty(), "three kept: the oldest went");
        assertEquals(Optional.of(HASH), proven.provenAgainst("d", "pw".toCharArray(), now));
    }
}
