package com.tiered.student.application;

import java.time.LocalDate;
import java.util.List;

/** All that is stored about one student, for the student page. */
public record StudentRecord(
        StudentRow student,
        List<ScreeningLine> screenings,
        List<ProgressLine> progress,
        List<GoalLine> goals,
        List<PlanLine> plans,
        List<ReferralLine> referrals) {

    public record ScreeningLine(
            String domain, String measure, String window, LocalDate administeredOn, double score, Integer percentile) {}

    public record ProgressLine(String domain, String measure, LocalDate administeredOn, double score) {}

    public record GoalLine(
            String domain,
            String measure,
            double baselineScore,
            LocalDate baselineDate,
            double goalScore,
            LocalDate goalDate) {}

    public record PlanLine(
            String kind,
            String domains,
            LocalDate startDate,
            LocalDate annualReviewDate,
            LocalDate reevaluationDate,
            String accommodations) {}

    public record ReferralLine(String domain, LocalDate consentDate, LocalDate evaluationCompletedOn) {}
}
