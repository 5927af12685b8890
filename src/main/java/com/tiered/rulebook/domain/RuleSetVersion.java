package com.tiered.rulebook.domain;

import java.time.Instant;

/** A stored version of the rule set: who made it, when, why, and whether it is the live one. */
public record RuleSetVersion(
        long id, String version, String author, Instant createdAt, String comment, boolean active) {}
