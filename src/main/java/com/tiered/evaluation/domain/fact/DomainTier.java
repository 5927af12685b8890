package com.tiered.evaluation.domain.fact;

/** A tier decided for a student's domain, with the rule and evidence behind it. */
public abstract class DomainTier {
    private final String studentId;
    private final String domain;
    private final int tier;
    private final String rule;
    private final String explanation;

    protected DomainTier(String studentId, String domain, int tier, String rule, String explanation) {
        this.studentId = studentId;
        this.domain = domain;
        this.tier = tier;
        this.rule = rule;
        this.explanation = explanation;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    public int getTier() {
        return tier;
    }

    public String getRule() {
        return rule;
    }

    public String getExplanation() {
        return explanation;
    }
}
