package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.Objects;

/** One progress-monitoring score. */
public final class ProgressPoint {
    private final String studentId;
    private final String domain;
    private final String measure;
    private final LocalDate administeredOn;
    private final double score;

    public ProgressPoint(String studentId, String domain, String measure, LocalDate administeredOn, double score) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.administeredOn = Objects.requireNonNull(administeredOn, "administeredOn");
        this.score = score;
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

    public LocalDate getAdministeredOn() {
        return administeredOn;
    }

    public double getScore() {
        return score;
    }
}
