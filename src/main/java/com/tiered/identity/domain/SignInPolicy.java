package com.tiered.identity.domain;

import java.time.Duration;

/**
 * How patient Tiered is with wrong passwords. An account (from an address it has not signed in from) and an address
 * each get a number of free failures; past them every further failure doubles the wait before the next try, from
 * {@code firstDelay} up to {@code maxDelay}. A counter is forgotten {@code forgetAfter} its last failure; an address
 * an account signed in from is remembered for {@code knownFor}; at most {@code maxEntries} counters are kept, the
 * oldest forgotten first.
 */
public record SignInPolicy(
        int freePerAccount,
        int freePerAddress,
        Duration firstDelay,
        Duration maxDelay,
        Duration forgetAfter,
        Duration knownFor,
        int maxEntries) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(
            5, 20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofDays(30), 50_000);

    public SignInPolicy {
        if (freePerAccount < 1 || freePerAddress < 1) {
            throw new IllegalArgumentException("At least one free failure per account and per address");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The first delay must be positive and at most the longest one");
        }
        if (forgetAfter.compareTo(maxDelay) < 0 || knownFor.isNegative()) {
            throw new IllegalArgumentException("Failures must be remembered at least as long as the longest delay");
        }
        if (maxEntries < 100) {
            throw new IllegalArgumentException("Keep at least 100 counters");
        }
    }

    /** The wait after {@code failures} failures when {@code free} of them are free: 0, then 1 s, 2 s, 4 s … max. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        long millis = firstDelay.toMillis() << doublings;
        return millis >= maxDelay.toMillis() || millis <= 0 ? maxDelay : Duration.ofMillis(millis);
    }
}
