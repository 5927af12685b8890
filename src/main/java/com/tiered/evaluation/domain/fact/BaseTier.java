package com.tiered.evaluation.domain.fact;

/** The tier before progress monitoring adjusts it: the screening tier, or the tier of students monitored without one. */
public final class BaseTier extends DomainTier {
    public BaseTier(String studentId, String domain, int tier, String rule, String explanation) {
        super(studentId, domain, tier, rule, explanation);
    }
}
