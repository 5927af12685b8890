package com.tiered.evaluation.application;

/** How far a run under way has come: students evaluated so far, of how many in all. */
public record RunProgress(int evaluated, int total) {}
