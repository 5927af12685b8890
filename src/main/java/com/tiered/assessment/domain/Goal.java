package com.tiered.assessment.domain;

import com.tiered.shared.domain.Code;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A student's progress-monitoring goal in a domain; its aim line runs from the baseline to the goal. */
@Entity
@Table(name = "goal")
public class Goal extends StudentRecordEntry {
    @Column(nullable = false)
    private String domain;

    @Column(nullable = false)
    private String measure;

    @Column(name = "baseline_score", nullable = false)
    private double baselineScore;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "goal_score", nullable = false)
    private double goalScore;

    @Column(name = "goal_date", nullable = false)
    private LocalDate goalDate;

    protected Goal() {}

    public Goal(
            Student student,
            String domain,
            String measure,
            double baselineScore,
            LocalDate baselineDate,
            double goalScore,
            LocalDate goalDate) {
        super(student);
        this.domain = Code.requireIdentifier("domain", domain);
        this.measure = Code.requireIdentifier("measure", measure);
        this.baselineScore = ScreeningResult.requireFinite(baselineScore);
        this.goalScore = ScreeningResult.requireFinite(goalScore);
        this.baselineDate = Objects.requireNonNull(baselineDate, "baselineDate");
        this.goalDate = Objects.requireNonNull(goalDate, "goalDate");
        if (!goalDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException("goal date " + goalDate + " is not after baseline date " + baselineDate);
        }
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
