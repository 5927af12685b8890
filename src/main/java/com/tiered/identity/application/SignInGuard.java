package com.tiered.identity.application;

import com.tiered.identity.domain.ProvenPasswords;
import com.tiered.identity.domain.SignInFailed;
import com.tiered.identity.domain.SignInPolicy;
import com.tiered.identity.domain.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every check of a password goes through here: it waits while the {@link SignInThrottle} says so, and each failure is
 * written to the access log under the user name that was tried. The policy is {@link SignInPolicy#DEFAULT}, changed
 * with system properties (docs/operations.md): {@code tiered.signIn.freeFailures}, {@code
 * tiered.signIn.freeFailuresPerAddress}, {@code tiered.signIn.maxDelaySeconds}, {@code
 * tiered.signIn.forgetAfterMinutes}.
 */
@ApplicationScoped
public class SignInGuard {
    /** The request attribute in which a throttled sign-in leaves the seconds to wait, for the sign-in page. */
    public static final String RETRY_AFTER = "tiered.signIn.retryAfterSeconds";

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    private final SignInThrottle throttle = new SignInThrottle(policy());
    /** Ten minutes: a password changed or an account closed stops working here at once (its stored hash changes). */
    private final ProvenPasswords proven = new ProvenPasswords(Duration.ofMinutes(10), policy().maxEntries());

    private final Clock clock = Clock.systemUTC();

    @Inject
    private Event<SignInFailed> failures;

    public SignInThrottle.Attempt attempt(String username, String address) {
        return throttle.attempt(username, address, clock.instant());
    }

    /** A wrong user name or password: counted, and written to the access log (and the server log). */
    public void failed(SignInThrottle.Attempt attempt, String username, String address, String where) {
        Duration wait = throttle.failed(attempt, clock.instant());
        String detail = "Wrong user name or password (" + where + ", from " + address + ")"
                + (wait.isZero() ? "" : "; the next try waits " + SignInThrottle.secondsUp(wait) + " s");
        LOG.info(() -> "Failed sign-in of '" + printable(username) + "': " + detail);
        failures.fire(new SignInFailed(clock.instant(), username, detail));
    }

    /**
     * A right password, checked against {@code storedHash} (read before the check; null when there was none):
     * remembered for a while, so the same caller's next requests are neither throttled nor hashed again.
     */
    public void succeeded(SignInThrottle.Attempt attempt, String username, char[] password, String storedHash) {
        throttle.succeeded(attempt, clock.instant());
        if (storedHash != null) {
            proven.proven(username, password, storedHash, clock.instant());
        }
    }

    /**
     * The stored hash this user name and password were right against a short while ago, if they were: while it is
     * still the stored one, neither the throttle nor the password hash need be asked again.
     */
    public Optional<String> provenAgainst(String username, char[] password) {
        return proven.provenAgainst(username, password, clock.instant());
    }

    /** A remembered pair whose hash is no longer the stored one (a changed password, a closed account). */
    public void noLongerProven(String username, char[] password) {
        proven.forget(username, password);
    }

    public void abandoned(SignInThrottle.Attempt attempt) {
        throttle.abandoned(attempt);
    }

    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }

    static SignInPolicy policy() {
        SignInPolicy d = SignInPolicy.DEFAULT;
        return new SignInPolicy(
                Integer.getInteger("tiered.signIn.freeFailures", d.freePerAccount()),
                Integer.getInteger("tiered.signIn.freeFailuresPerAddress", d.freePerAddress()),
                d.firstDelay(),
                Duration.ofSeconds(Long.getLong(
                        "tiered.signIn.maxDelaySeconds", d.maxDelay().toSeconds())),
                Duration.ofMinutes(Long.getLong(
                        "tiered.signIn.forgetAfterMinutes", d.forgetAfter().toMinutes())),
                d.knownFor(),
                d.maxEntries());
    }
}
