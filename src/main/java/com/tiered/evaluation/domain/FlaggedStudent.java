package com.tiered.evaluation.domain;

/** A flag of the latest evaluation with the student it is about, for lists of flagged students. */
public record FlaggedStudent(
        String sourcedId, String name, String school, String domain, String code, String rule, String explanation) {

    public String getSourcedId() {
        return sourcedId;
    }

    public String getName() {
        return name;
    }

    public String getSchool() {
        return school;
    }

    public String getDomain() {
        return domain;
    }

    public String getCode() {
        return code;
    }

    public String getRule() {
        return rule;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isOverdue() {
        return code.endsWith("_OVERDUE");
    }
}
