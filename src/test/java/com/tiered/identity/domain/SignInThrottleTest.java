package com.tiered.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Guessing passwords gets slow quickly; the owner of an account is never kept out for long. */
class SignInThrottleTest {
    private static final String ATTACKER = "203.0.113.66";
    private static final String SCHOOL = "198.51.100.7";
    private static final String HOME = "192.0.2.44";

    private final SignInThrottle throttle = new SignInThrottle(SignInPolicy.DEFAULT);
    private Instant now = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesFromOneSecondToAMinute() {
        for (int i = 0; i < 5; i++) {
            fail("casey", ATTACKER);
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            SignInThrottle.Attempt refused = throttle.attempt("casey", ATTACKER, now);
            assertFalse(refused.permitted());
            assertEquals(seconds, refused.retryAfterSeconds());
            now = now.plus(refused.retryAfter());
            fail("casey", ATTACKER);
        }
    }

    @Test
    void fortyGuessesInASecondCheckOnlyFivePasswordsAndTheRightOneWaitsToo() {
        int checked = 0;
        for (int i = 0; i < 40; i++) {
            SignInThrottle.Attempt attempt = throttle.attempt("casey", ATTACKER, now);
            if (attempt.permitted()) {
                checked++;
                throttle.failed(attempt, now);
            }
            now = now.plusMillis(25);
        }
        assertEquals(5, checked);
        assertFalse(throttle.attempt("casey", ATTACKER, now).permitted(), "the right password is not even checked");
    }

    @Test
    void guessesSentInParallelDoNotSlipThroughTogether() {
        for (int i = 0; i < 4; i++) {
            fail("casey", ATTACKER);
        }
        SignInThrottle.Attempt first = throttle.attempt("casey", ATTACKER, now);
        assertTrue(first.permitted());
        assertFalse(throttle.attempt("casey", ATTACKER, now).permitted(), "the fifth is still being checked");
        throttle.failed(first, now);
        assertEquals(1, throttle.attempt("casey", ATTACKER, now).retryAfterSeconds());
    }

    @Test
    void theOwnerSignsInAtOnceFromAnAddressTheyUsedBeforeWhileAStrangerHammersTheAccount() {
        succeed("casey", SCHOOL);
        for (int i = 0; i < 30; i++) {
            SignInThrottle.Attempt attempt = throttle.attempt("casey", ATTACKER, now);
            if (attempt.permitted()) {
                throttle.failed(attempt, now);
            }
            now = now.plusSeconds(1);
        }
        assertFalse(throttle.attempt("casey", ATTACKER, now).permitted());
        assertFalse(throttle.attempt("casey", HOME, now).permitted(), "a new address waits with the account");
        assertTrue(throttle.attempt("casey", SCHOOL, now).permitted(), "the school is not held up");
    }

    @Test
    void aNewAddressWaitsAtMostTheLongestDelayAfterTheLastFailure() {
        for (int failures = 0; failures < 15; ) {
            SignInThrottle.Attempt attempt = throttle.attempt("casey", ATTACKER, now);
            if (attempt.permitted()) {
                throttle.failed(attempt, now);
                failures++;
            } else {
                now = now.plus(attempt.retryAfter());
            }
        }
        SignInThrottle.Attempt waiting = throttle.attempt("casey", HOME, now);
        assertEquals(60, waiting.retryAfterSeconds(), "capped");
        now = now.plusSeconds(60);
        assertTrue(throttle.attempt("casey", HOME, now).permitted());
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLastOneAndASuccessClearsThem() {
        for (int i = 0; i < 8; i++) {
            now = now.plusSeconds(60);
            fail("casey", HOME);
        }
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        SignInThrottle.Attempt again = throttle.attempt("casey", HOME, now);
        assertTrue(again.permitted());
        throttle.failed(again, now);
        assertTrue(throttle.attempt("casey", HOME, now).permitted(), "counting from one again");

        for (int i = 0; i < 4; i++) {
            fail("pat", HOME);
        }
        succeed("pat", HOME);
        for (int i = 0; i < 4; i++) {
            fail("pat", HOME);
        }
        assertTrue(throttle.attempt("pat", HOME, now).permitted(), "the success started the count again");
    }

    @Test
    void anAddressTryingManyAccountsWaitsAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, ATTACKER);
        }
        SignInThrottle.Attempt next = throttle.attempt("someone-else", ATTACKER, now);
        assertEquals(1, next.retryAfterSeconds());
        assertTrue(throttle.attempt("someone-else", HOME, now).permitted(), "other addresses are not affected");
    }

    @Test
    void theLoopbackAddressIsNotThrottledAsAnAddressOnlyItsAccountsAre() {
        for (int i = 0; i < 50; i++) {
            fail("user" + i, "127.0.0.1");
        }
        assertTrue(throttle.attempt("admin", "127.0.0.1", now).permitted());
        for (int i = 0; i < 5; i++) {
            fail("intruder", "0:0:0:0:0:0:0:1");
        }
        assertFalse(throttle.attempt("intruder", "0:0:0:0:0:0:0:1", now).permitted());
    }

    @Test
    void anAccountNameIsCountedWhateverItsCase() {
        for (int i = 0; i < 5; i++) {
            fail(i % 2 == 0 ? "Casey" : "CASEY ", ATTACKER);
        }
        assertFalse(throttle.attempt("casey", ATTACKER, now).permitted());
    }

    @Test
    void theMemoryIsBoundedTheOldestForgottenFirst() {
        SignInThrottle small = new SignInThrottle(new SignInPolicy(
                5,
                20,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                Duration.ofMinutes(15),
                Duration.ofDays(30),
                100));
        for (int i = 0; i < 5; i++) {
            small.failed(small.attempt("first", HOME, now), now);
        }
        assertFalse(small.attempt("first", HOME, now).permitted());
        for (int i = 0; i < 200; i++) {
            small.failed(small.attempt("other" + i, "10.0.0." + (i % 250), now), now);
        }
        assertTrue(small.attempt("first", HOME, now).permitted(), "evicted");
    }

    @Test
    void anAttemptWithoutAnswerCountsForNothing() {
        for (int i = 0; i < 4; i++) {
            fail("casey", HOME);
        }
        throttle.abandoned(throttle.attempt("casey", HOME, now));
        assertTrue(throttle.attempt("casey", HOME, now).permitted());
    }

    private void fail(String account, String address) {
        SignInThrottle.Attempt attempt = throttle.attempt(account, address, now);
        assertTrue(attempt.permitted(), account + " from " + address + " waits " + attempt.retryAfter());
        throttle.failed(attempt, now);
    }

    private void succeed(String account, String address) {
        SignInThrottle.Attempt attempt = throttle.attempt(account, address, now);
        assertTrue(attempt.permitted());
        throttle.succeeded(attempt, now);
    }
}
