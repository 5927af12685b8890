package com.tiered.importing.domain;

import java.util.Set;

/** What an import did, and the students whose data it changed (they are re-evaluated). */
public record ImportOutcome(ImportReport report, Set<String> changedStudents) {}
