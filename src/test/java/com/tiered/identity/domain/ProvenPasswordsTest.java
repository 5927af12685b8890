package com.tiered.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProvenPasswordsTest {
    private static final String HASH = "PBKDF2WithHmacSHA256:10000:salt:hash";

    private final Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final ProvenPasswords proven = new ProvenPasswords(Duration.ofMinutes(10), 3);

    @Test
    void onlyTheSamePairOfTheSameUserIsFoundAndOnlyForAWhile() {
        proven.proven("admin", "right".toCharArray(), HASH, now);

        assertTrue(proven.isProven("admin", "right".toCharArray(), HASH, now.plusSeconds(599)));
        assertFalse(proven.isProven("admin", "wrong".toCharArray(), HASH, now), "a guess is never found");
        assertFalse(proven.isProven("admin", "right\0".toCharArray(), HASH, now), "nor one that only adds a byte");
        assertFalse(
                proven.isProven("principal", "right".toCharArray(), HASH, now), "nor the password under another name");
        assertFalse(proven.isProven("admin", "right".toCharArray(), HASH, now.plusSeconds(601)), "ten minutes at most");
    }

    @Test
    void aPasswordChangedSinceItWasProvenIsNotFoundEvenWhenTheHashComesBack() {
        proven.proven("admin", "old".toCharArray(), HASH, now);

        assertFalse(
                proven.isProven("admin", "old".toCharArray(), "PBKDF2WithHmacSHA256:10000:salt2:other", now),
                "the stored hash is another: the old password proves nothing");
        assertFalse(
                proven.isProven("admin", "old".toCharArray(), HASH, now),
                "and the pair was forgotten: a hash set back later does not revive it");
    }

    @Test
    void theOldestMakeRoom() {
        for (String user : new String[] {"a", "b", "c", "d"}) {
            proven.proven(user, "pw".toCharArray(), HASH, now);
        }
        assertFalse(proven.isProven("a", "pw".toCharArray(), HASH, now), "three kept: the oldest went");
        assertTrue(proven.isProven("d", "pw".toCharArray(), HASH, now));
    }
}
