package com.tiered.specialed.domain;

import com.tiered.shared.domain.Code;
import com.tiered.shared.domain.TextListConverter;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An IEP or 504 plan: the domains an IEP covers, its accommodations and its legal dates. */
@Entity
@Table(name = "special_education_plan")
public class SpecialEducationPlan extends StudentRecordEntry {
    @Column(nullable = false)
    private String kind;

    @Convert(converter = TextListConverter.class)
    @Column(nullable = false)
    private List<String> domains;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "annual_review_date", nullable = false)
    private LocalDate annualReviewDate;

    @Column(name = "reevaluation_date")
    private LocalDate reevaluationDate;

    @Convert(converter = TextListConverter.class)
    @Column(nullable = false)
    private List<String> accommodations;

    protected SpecialEducationPlan() {}

    public SpecialEducationPlan(
            Student student,
            PlanKind kind,
            List<String> domains,
            LocalDate startDate,
            LocalDate annualReviewDate,
            LocalDate reevaluationDate,
            List<String> accommodations) {
        super(student);
        this.kind = Objects.requireNonNull(kind, "kind").code();
        domains.forEach(d -> Code.requireIdentifier("domain", d));
        if (kind == PlanKind.IEP && domains.isEmpty()) {
            throw new IllegalArgumentException("an IEP must cover at least one domain");
        }
        this.domains = List.copyOf(domains);
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.annualReviewDate = Objects.requireNonNull(annualReviewDate, "annualReviewDate");
        if (kind == PlanKind.PLAN_504 && reevaluationDate != null) {
            throw new IllegalArgumentException("a 504 plan has no reevaluation date");
        }
        this.reevaluationDate = reevaluationDate;
        this.accommodations = List.copyOf(accommodations);
    }

    public PlanKind getKind() {
        return PlanKind.ofCode(kind);
    }

    public String getKindCode() {
        return kind;
    }

    public List<String> getDomains() {
        return domains;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getAnnualReviewDate() {
        return annualReviewDate;
    }

    public LocalDate getReevaluationDate() {
        return reevaluationDate;
    }

    public List<String> getAccommodations() {
        return accommodations;
    }
}
