package com.tiered.evaluation.domain;

import java.util.List;

/** What the rules decided for one student in one domain; {@code tier} is null when no rule gave one. */
public record DomainDecision(
        String domain, Integer tier, String tierRule, String tierExplanation, List<FlagDecision> flags) {

    public DomainDecision {
        flags = List.copyOf(flags);
    }
}
