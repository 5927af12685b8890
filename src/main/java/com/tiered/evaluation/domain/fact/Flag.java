package com.tiered.evaluation.domain.fact;

import java.util.Objects;

/** A flag raised for a student's domain (or, with no domain, for the student), with the rule and evidence. */
public final class Flag {
    private final String studentId;
    private final String domain;
    private final String code;
    private final String rule;
    private final String explanation;

    public Flag(String studentId, String domain, String code, String rule, String explanation) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.domain = domain;
        this.code = Objects.requireNonNull(code, "code");
        this.rule = rule;
        this.explanation = explanation;
    }

    /** A flag of the student as a whole (plan deadlines), not of one domain. */
    public static Flag ofStudent(String studentId, String code, String rule, String explanation) {
        return new Flag(studentId, null, code, rule, explanation);
    }

    public String getStudentId() {
        return studentId;
    }

    /** The domain, or null for a student-level flag. */
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
}
