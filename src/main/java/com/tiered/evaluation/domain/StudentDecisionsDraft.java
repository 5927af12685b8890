package com.tiered.evaluation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers one student's decisions piece by piece (from a rule session or from stored rows) into
 * {@link StudentDecisions}: domains sorted, a flag counted once per domain, a domain reported when it has a tier or
 * a flag, plans sorted by domain.
 */
public final class StudentDecisionsDraft {
    private final String studentId;
    private final Map<String, DomainDraft> domains = new TreeMap<>();
    private final Map<String, FlagDecision> studentFlags = new TreeMap<>();
    private final List<PlanRecommendation> plans = new ArrayList<>();

    public StudentDecisionsDraft(String studentId) {
        this.studentId = studentId;
    }

    public void tier(String domain, Integer tier, String rule, String explanation) {
        DomainDraft d = domain(domain);
        d.tier = tier;
        d.rule = rule;
        d.explanation = explanation;
    }

    /** A flag of a domain, or of the student as a whole when {@code domain} is null; the first of a code stays. */
    public void flag(String domain, FlagDecision flag) {
        (domain == null ? studentFlags : domain(domain).flags).putIfAbsent(flag.code(), flag);
    }

    public void plan(PlanRecommendation plan) {
        plans.add(plan);
    }

    public StudentDecisions build() {
        List<DomainDecision> reported = new ArrayList<>();
        domains.forEach((name, d) -> {
            if (d.tier != null || !d.flags.isEmpty()) {
                reported.add(
                        new DomainDecision(name, d.tier, d.rule, d.explanation, new ArrayList<>(d.flags.values())));
            }
        });
        List<PlanRecommendation> sorted = new ArrayList<>(plans);
        sorted.sort(Comparator.comparing(PlanRecommendation::domain));
        return new StudentDecisions(studentId, reported, new ArrayList<>(studentFlags.values()), sorted);
    }

    private DomainDraft domain(String name) {
        return domains.computeIfAbsent(name, n -> new DomainDraft());
    }

    private static final class DomainDraft {
        Integer tier;
        String rule;
        String explanation;
        final Map<String, FlagDecision> flags = new TreeMap<>();
    }
}
