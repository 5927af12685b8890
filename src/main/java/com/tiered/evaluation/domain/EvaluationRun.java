package com.tiered.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One run of the rules over some or all students: what it was as of, with which rules, and what it found. */
public record EvaluationRun(
        long id,
        LocalDate asOf,
        String rulesVersion,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String scope,
        int students,
        int flags,
        int failures,
        long durationMs) {}
