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
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The user name and password pairs that were right a short while ago, so that a program calling the API in parallel
 * with its own right password is not held up by {@link SignInThrottle} — which counts every attempt under way as a
 * failure until its outcome is known. A guess can only be found here by being the right password, so parallel guessing
 * gains nothing. Pairs are kept as HMACs under a key drawn when the server starts, never as text, and forgotten after
 * {@code keptFor}, when a check with them fails, or when the oldest make room.
 */
public final class ProvenPasswords {
    private final Duration keptFor;
    private final int maxEntries;
    private final SecretKey key;
    private final Map<String, Instant> proven;

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
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > ProvenPasswords.this.maxEntries;
            }
        };
    }

    /** Whether this pair was right within the last {@code keptFor}. */
    public synchronized boolean isProven(String user, char[] password, Instant now) {
        String digest = digest(user, password);
        Instant at = proven.get(digest);
        if (at == null) {
            return false;
        }
        if (at.plus(keptFor).isBefore(now)) {
            proven.remove(digest);
            return false;
        }
        return true;
    }

    /** The pair was right just now. */
    public synchronized void proven(String user, char[] password, Instant now) {
        proven.put(digest(user, password), now);
    }

    /** The pair is no longer right (the password changed, the account went): forget it. */
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
