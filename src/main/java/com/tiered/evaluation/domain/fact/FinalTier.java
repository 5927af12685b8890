package com.tiered.evaluation.domain.fact;

/** The tier a student's domain ends at: the base tier, raised when the trend is below the aim line. */
public final class FinalTier extends DomainTier {
    public FinalTier(String studentId, String domain, int tier, String rule, String explanation) {
        super(studentId, domain, tier, rule, explanation);
    }
}
