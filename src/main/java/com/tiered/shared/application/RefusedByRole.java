package com.tiered.shared.application;

/**
 * A request refused with 403 because the user's roles do not include one its address needs. Fired by the web and API
 * error handling; the access log observes it (the plumbing does not know who keeps the log).
 */
public record RefusedByRole(String method, String path) {}
