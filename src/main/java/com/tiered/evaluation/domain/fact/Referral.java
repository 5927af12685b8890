package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.Objects;

/** A referral for a special-education evaluation, from the day the parents consented. */
public final class Referral {
    private final String studentId;
    private final String domain;
    private final LocalDate consentDate;
    private final LocalDate evaluationCompletedOn;

    public Referral(String studentId, String domain, LocalDate consentDate, LocalDate evaluationCompletedOn) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.consentDate = Objects.requireNonNull(consentDate, "consentDate");
        this.evaluationCompletedOn = evaluationCompletedOn;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public LocalDate getEvaluationCompletedOn() {
        return evaluationCompletedOn;
    }

    /** True when the evaluation was completed on or before {@code date}. */
    public boolean completedBy(LocalDate date) {
        return evaluationCompletedOn != null && !evaluationCompletedOn.isAfter(date);
    }
}
