package com.tiered.identity.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The user name and password pairs that were right a short while ago, so that a program calling the API in parallel
 * with its own right password is not held up by {@link SignInThrottle} — which counts every attempt under way as a
 * failure until its outcome is known. A guess can only be found here by being the right password, so parallel guessing
 * gains nothing. Pairs are kept as HMACs under a key drawn when the server starts, never as text, and forgotten after
 * {@code keptFor}, when the hash they were proven against is no longer stored, or when the oldest make room.
 *
 * <p>Each pair is kept with the stored hash it was proven against: while that hash is still the stored one, the
 * password still matches it, so a caller's next requests need not run the deliberately slow hash again (a quarter of
 * an API call's processor time). A changed password changes the stored hash, and the pair is no longer found.
 */
public final class ProvenPasswords {
    private final Duration keptFor;
    private final int maxEntries;
    private final SecretKey key;
    private final Map<String, Proof> proven;

    /** When a pair was proven, and against which stored hash. */
    private record Proof(Instant at, String storedHash) {}

    public ProvenPasswords(Duration keptFor, int maxEntries) {
        this.keptFor = keptFor;
        this.maxEntries = maxEntries;
        try {
            this.key = KeyGenerator.getInstance("HmacSHA256").generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        this.proven = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Proof> eldest) {
                return size() > ProvenPasswords.this.maxEntries;
            }
        };
    }

    /**
     * The stored hash this pair was right against within the last {@code keptFor}, if it was: the caller lets the pair
     * in only while that hash is still the stored one.
     */
    public synchronized Optional<String> provenAgainst(String user, char[] password, Instant now) {
        String digest = digest(user, password);
        Proof proof = proven.get(digest);
        if (proof == null) {
            return Optional.empty();
        }
        if (proof.at().plus(keptFor).isBefore(now)) {
            proven.remove(digest);
            return Optional.empty();
        }
        return Optional.of(proof.storedHash());
    }

    /**
     * The pair was right just now, checked against {@code storedHash} — read before the check, so that a password
     * changed meanwhile leaves a hash here that is no longer stored.
     */
    public synchronized void proven(String user, char[] password, String storedHash, Instant now) {
        proven.put(digest(user, password), new Proof(now, storedHash));
    }

    /** The pair is no longer right (the stored hash changed, the account went): forget it. */
    public synchronized void forget(String user, char[] password) {
        proven.remove(digest(user, password));
    }

    private String digest(String user, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            try {
                mac.update(encoded); // from position to limit: the backing array may be longer
            } finally {
                Arrays.fill(encoded.array(), (byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
