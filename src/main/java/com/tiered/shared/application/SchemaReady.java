package com.tiered.shared.application;

/** Fired once at start-up when the schema is migrated: what must be in place before anyone is served observes it. */
public record SchemaReady() {}
