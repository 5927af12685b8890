package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An IEP or a 504 plan as the rules see it. */
public final class SpecialEducationPlan {
    private final String studentId;
    private final String kind;
    private final Set<String> domains;
    private final LocalDate startDate;
    private final LocalDate annualReviewDate;
    private final LocalDate reevaluationDate;
    private final List<String> accommodations;

    public SpecialEducationPlan(
            String studentId,
            String kind,
            Set<String> domains,
            LocalDate startDate,
            LocalDate annualReviewDate,
            LocalDate reevaluationDate,
            List<String> accommodations) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.domains = Set.copyOf(domains);
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.annualReviewDate = annualReviewDate;
        this.reevaluationDate = reevaluationDate;
        this.accommodations = List.copyOf(accommodations);
    }

    public String getStudentId() {
        return studentId;
    }

    /** {@code IEP} or {@code 504}. */
    public String getKind() {
        return kind;
    }

    public Set<String> getDomains() {
        return domains;
    }

    public boolean covers(String domain) {
        return domains.contains(domain);
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

    /** A plan date by the name a rule table uses for it: {@code annualReviewDate} or {@code reevaluationDate}. */
    public LocalDate date(String name) {
        switch (name) {
            case "annualReviewDate":
                return annualReviewDate;
            case "reevaluationDate":
                return reevaluationDate;
            case "startDate":
                return startDate;
            default:
                throw new IllegalArgumentException("A special-education plan has no date called " + name);
        }
    }

    public List<String> getAccommodations() {
        return accommodations;
    }
}
