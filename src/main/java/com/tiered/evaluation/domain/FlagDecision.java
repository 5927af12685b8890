package com.tiered.evaluation.domain;

/** A flag with the rule that raised it and the evidence it cites. */
public record FlagDecision(String code, String rule, String explanation) {}
