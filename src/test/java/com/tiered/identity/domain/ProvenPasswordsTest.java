package com.tiered.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProvenPasswordsTest {
    private final Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final ProvenPasswords proven = new ProvenPasswords(Duration.ofMinutes(10), 3);

    @Test
    void onlyTheSamePairOfTheSameUserIsFoundAndOnlyForAWhile() {
        proven.proven("admin", "right".toCharArray(), now);

        assertTrue(proven.isProven("admin", "right".toCharArray(), now.plusSeconds(599)));
        assertFalse(proven.isProven("admin", "wrong".toCharArray(), now), "a guess is never found");
        assertFalse(proven.isProven("admin", "right\0".toCharArray(), now), "nor one that only adds a byte");
        assertFalse(proven.isProven("principal", "right".toCharArray(), now), "nor the password under another name");
        assertFalse(proven.isProven("admin", "right".toCharArray(), now.plusSeconds(601)), "ten minutes at most");
    }

    @Test
    void aPairThatFailedAgainIsForgottenAndTheOldestMakeRoom() {
        proven.proven("admin", "right".toCharArray(), now);
        proven.forget("admin", "right".toCharArray());
        assertFalse(proven.isProven("admin", "right".toCharArray(), now));

        for (String user : new String[] {"a", "b", "c", "d"}) {
            proven.proven(user, "pw".toCharArray(), now);
        }
        assertFalse(proven.isProven("a", "pw".toCharArray(), now), "three kept: the oldest went");
        assertTrue(proven.isProven("d", "pw".toCharArray(), now));
    }
}
