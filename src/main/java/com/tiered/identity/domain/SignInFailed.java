package com.tiered.identity.domain;

import java.time.Instant;

/**
 * A wrong user name or password, under the user name that was tried. Identity fires it; the access log observes it.
 *
 * @param detail where and from which address, and how long the next try waits
 */
public record SignInFailed(Instant at, String username, String detail) {}
