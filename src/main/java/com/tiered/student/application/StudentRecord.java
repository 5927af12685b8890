package com.tiered.student.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * All that is stored about one student, for the student page. The student context owns the record's shape; the
 * contexts that keep a part of it (assessment, special education) fill their sections through
 * {@link StudentRecordSection}.
 */
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

    /** The record being read: each section adds its lines. */
    public static final class Builder {
        private final StudentRow student;
        public final List<ScreeningLine> screenings = new ArrayList<>();
        public final List<ProgressLine> progress = new ArrayList<>();
        public final List<GoalLine> goals = new ArrayList<>();
        public final List<PlanLine> plans = new ArrayList<>();
        public final List<ReferralLine> referrals = new ArrayList<>();

        public Builder(StudentRow student) {
            this.student = student;
        }

        public StudentRecord build() {
            return new StudentRecord(
                    student,
                    List.copyOf(screenings),
                    List.copyOf(progress),
                    List.copyOf(goals),
                    List.copyOf(plans),
                    List.copyOf(referrals));
        }
    }
}
