package com.tiered.evaluation.domain.fact;

/** The tier the screening alone gives a domain: that of its worst counted risk. */
public final class ScreeningTier extends DomainTier {
    public ScreeningTier(String studentId, String domain, int tier, String rule, String explanation) {
        super(studentId, domain, tier, rule, explanation);
    }
}
