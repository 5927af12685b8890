package com.tiered.assessment.domain;

import com.tiered.shared.domain.Code;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One progress-monitoring score. */
@Entity
@Table(name = "progress_point")
public class ProgressPoint extends StudentRecordEntry {
    @Column(nullable = false)
    private String domain;

    @Column(nullable = false)
    private String measure;

    @Column(name = "administered_on", nullable = false)
    private LocalDate administeredOn;

    @Column(nullable = false)
    private double score;

    protected ProgressPoint() {}

    public ProgressPoint(Student student, String domain, String measure, LocalDate administeredOn, double score) {
        super(student);
        this.domain = Code.requireIdentifier("domain", domain);
        this.measure = Code.requireIdentifier("measure", measure);
        this.administeredOn = Objects.requireNonNull(administeredOn, "administeredOn");
        this.score = ScreeningResult.requireFinite(score);
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
