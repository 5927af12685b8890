package com.tiered.evaluation.domain;

import java.util.List;

/** All the rules decided about one student: per domain, for the student as a whole, and the recommended plans. */
public record StudentDecisions(
        String studentId, List<DomainDecision> domains, List<FlagDecision> flags, List<PlanRecommendation> plans) {
    /**
     * The domain that the flags about the student as a whole are stored, exported and read under ({@code flags}
     * here, {@code -} in the decision tables, the standings and the results file).
     */
    public static final String STUDENT_LEVEL = "-";

    public StudentDecisions {
        domains = List.copyOf(domains);
        flags = List.copyOf(flags);
        plans = List.copyOf(plans);
    }
}
