package com.tiered.shared.application;

/**
 * Fired once at start-up after {@link SchemaReady}: the application can serve.
 *
 * @param demoWanted the embedded database without other settings, where the demo district is loaded
 */
public record Started(boolean demoWanted) {}
