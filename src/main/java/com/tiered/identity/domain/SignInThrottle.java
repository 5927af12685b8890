package com.tiered.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing without handing an attacker a way to lock staff out (see {@link SignInPolicy}).
 *
 * <p>Three counters of failures are kept in memory: per account, per address, and per account at an address. An
 * attempt waits while the address's counter says so (loopback addresses are never held up by their own counter), and
 * while the account's counter says so — unless the account signed in from this address before, in which case the
 * counter of the account at this address stands in for the account's: a stranger hammering an account elsewhere does
 * not keep its owner out at the school. A password is only checked once the wait is over, so a guess in the meantime
 * costs nothing and tells nothing. An attempt under way counts as a failure until its outcome is known, so guesses sent
 * in parallel do not slip through together. A success clears the account's counters (not the address's).
 */
public final class SignInThrottle {
    private static final int LONGEST_NAME = 100;

    private final SignInPolicy policy;
    private final Map<String, Counter> counters;
    private final Map<String, Instant> knownAddresses;

    public SignInThrottle(SignInPolicy policy) {
        this.policy = policy;
        this.counters = bounded(policy.maxEntries());
        this.knownAddresses = bounded(policy.maxEntries());
    }

    /** Either a permit to check the password now, or how long to wait before trying again. */
    public synchronized Attempt attempt(String account, String address, Instant now) {
        forgetStale(now);
        String where = address == null || address.isBlank() ? "unknown" : address;
        Attempt attempt = new Attempt(account, where, isKnown(account, where, now));
        Duration wait = waitFor(attempt, now);
        if (!wait.isZero()) {
            return attempt.refused(wait);
        }
        for (String key : attempt.counted()) {
            Counter c = counter(key, now);
            c.pending++;
            c.lastPermit = now;
        }
        return attempt;
    }

    /** The password was wrong: answers how long the next attempt of this account from this address must wait. */
    public synchronized Duration failed(Attempt attempt, Instant now) {
        requirePermitted(attempt);
        for (String key : attempt.counted()) {
            Counter c = counter(key, now);
            c.pending = Math.max(0, c.pending - 1);
            c.failures++;
            c.lastFailure = now;
        }
        return waitFor(attempt, now);
    }

    /** The password was right: the account's counters start again and this address is remembered for it. */
    public synchronized void succeeded(Attempt attempt, Instant now) {
        requirePermitted(attempt);
        counters.remove(attempt.accountKey());
        counters.remove(attempt.pairKey());
        release(attempt.addressKey());
        knownAddresses.put(attempt.pairKey(), now);
    }

    /** The check ended without an answer (the identity store failed): the attempt counts for nothing. */
    public synchronized void abandoned(Attempt attempt) {
        requirePermitted(attempt);
        attempt.counted().forEach(this::release);
    }

    private Duration waitFor(Attempt attempt, Instant now) {
        Duration wait = attempt.known()
                ? waitOf(attempt.pairKey(), policy.freePerAccount(), now)
                : waitOf(attempt.accountKey(), policy.freePerAccount(), now);
        if (attempt.addressKey() != null) {
            Duration byAddress = waitOf(attempt.addressKey(), policy.freePerAddress(), now);
            wait = byAddress.compareTo(wait) > 0 ? byAddress : wait;
        }
        return wait;
    }

    private Duration waitOf(String key, int free, Instant now) {
        Counter c = counters.get(key);
        if (c == null || isStale(c, now)) {
            return Duration.ZERO;
        }
        Instant since = c.pending > 0 && c.lastPermit.isAfter(c.lastFailure) ? c.lastPermit : c.lastFailure;
        Instant until = since.plus(policy.delayAfter(c.failures + c.pending, free));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private boolean isKnown(String account, String address, Instant now) {
        Instant signedIn = knownAddresses.get(Attempt.pairKey(account, address));
        return signedIn != null && signedIn.plus(policy.knownFor()).isAfter(now);
    }

    /** The counter of a key, started again when its failures are forgotten. */
    private Counter counter(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null || isStale(c, now)) {
            c = new Counter();
            counters.put(key, c);
        }
        return c;
    }

    /** Nothing under way, and the last failure and the last try long enough ago. */
    private boolean isStale(Counter c, Instant now) {
        Instant forgotten = now.minus(policy.forgetAfter());
        return c.pending == 0 && c.lastFailure.isBefore(forgotten) && c.lastPermit.isBefore(forgotten);
    }

    private void release(String key) {
        Counter c = key == null ? null : counters.get(key);
        if (c != null) {
            c.pending = Math.max(0, c.pending - 1);
        }
    }

    /** Counters are kept from the least recently used: drop those whose last failure is long enough ago. */
    private void forgetStale(Instant now) {
        Iterator<Counter> oldest = counters.values().iterator();
        while (oldest.hasNext()) {
            if (!isStale(oldest.next(), now)) {
                break;
            }
            oldest.remove();
        }
        Instant unknown = now.minus(policy.knownFor());
        Iterator<Instant> known = knownAddresses.values().iterator();
        while (known.hasNext() && known.next().isBefore(unknown)) {
            known.remove();
        }
    }

    private static void requirePermitted(Attempt attempt) {
        if (!attempt.permitted()) {
            throw new IllegalArgumentException("This attempt was not permitted; it has no outcome");
        }
    }

    private static <V> Map<String, V> bounded(int maxEntries) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    private static final class Counter {
        int failures;
        int pending;
        Instant lastFailure = Instant.EPOCH;
        Instant lastPermit = Instant.EPOCH;
    }

    /** One try at signing in: permitted, or refused with the time to wait. */
    public static final class Attempt {
        private final String account;
        private final String address;
        private final boolean known;
        private final Duration retryAfter;

        private Attempt(String account, String address, boolean known) {
            this(account, address, known, Duration.ZERO);
        }

        private Attempt(String account, String address, boolean known, Duration retryAfter) {
            this.account = normal(account);
            this.address = address;
            this.known = known;
            this.retryAfter = retryAfter;
        }

        private Attempt refused(Duration wait) {
            return new Attempt(account, address, known, wait);
        }

        public boolean permitted() {
            return retryAfter.isZero();
        }

        /** How long to wait before the next try; zero when this one may go ahead. */
        public Duration retryAfter() {
            return retryAfter;
        }

        /** {@link #retryAfter()} in whole seconds, rounded up: what an HTTP Retry-After header says. */
        public long retryAfterSeconds() {
            return secondsUp(retryAfter);
        }

        boolean known() {
            return known;
        }

        String accountKey() {
            return "account:" + account;
        }

        String pairKey() {
            return pairKey(account, address);
        }

        String addressKey() {
            return isLoopback(address) ? null : "address:" + address;
        }

        List<String> counted() {
            List<String> keys = new ArrayList<>(List.of(accountKey(), pairKey()));
            if (addressKey() != null) {
                keys.add(addressKey());
            }
            return keys;
        }

        static String pairKey(String account, String address) {
            return "pair:" + normal(account) + "@" + address;
        }

        private static String normal(String account) {
            String name = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
            return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
        }
    }

    /** A duration in whole seconds, rounded up. */
    public static long secondsUp(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
