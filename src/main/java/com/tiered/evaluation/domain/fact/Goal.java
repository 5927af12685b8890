package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.Objects;

/** A progress-monitoring goal: the aim line runs from the baseline to the goal. */
public final class Goal {
    private final String studentId;
    private final String domain;
    private final String measure;
    private final double baselineScore;
    private final LocalDate baselineDate;
    private final double goalScore;
    private final LocalDate goalDate;

    public Goal(
            String studentId,
            String domain,
            String measure,
            double baselineScore,
            LocalDate baselineDate,
            double goalScore,
            LocalDate goalDate) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.baselineScore = baselineScore;
        this.baselineDate = Objects.requireNonNull(baselineDate, "baselineDate");
        this.goalScore = goalScore;
        this.goalDate = Objects.requireNonNull(goalDate, "goalDate");
        if (!goalDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException("goal date " + goalDate + " is not after baseline date " + baselineDate);
        }
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    public String getMeasure() {
        return measure;
    }

    public double getBaselineScore() {
        return baselineScore;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public double getGoalScore() {
        return goalScore;
    }

    public LocalDate getGoalDate() {
        return goalDate;
    }
}
