package com.tiered.specialed.domain;

import com.tiered.shared.domain.Code;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A referral for a special-education evaluation; its legal clock starts at the parents' consent. */
@Entity
@Table(name = "referral")
public class Referral extends StudentRecordEntry {
    @Column(nullable = false)
    private String domain;

    @Column(name = "consent_date", nullable = false)
    private LocalDate consentDate;

    @Column(name = "evaluation_completed_on")
    private LocalDate evaluationCompletedOn;

    protected Referral() {}

    public Referral(Student student, String domain, LocalDate consentDate, LocalDate evaluationCompletedOn) {
        super(student);
        this.domain = Code.requireIdentifier("domain", domain);
        this.consentDate = Objects.requireNonNull(consentDate, "consentDate");
        if (evaluationCompletedOn != null && evaluationCompletedOn.isBefore(consentDate)) {
            throw new IllegalArgumentException(
                    "evaluation completed on " + evaluationCompletedOn + " is before consent on " + consentDate);
        }
        this.evaluationCompletedOn = evaluationCompletedOn;
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
}
