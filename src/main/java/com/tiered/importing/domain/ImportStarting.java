package com.tiered.importing.domain;

/** Fired before an import touches the database. */
public record ImportStarting(ImportKind kind, String user) {}
