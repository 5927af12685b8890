package com.tiered.assessment.domain;

import com.tiered.shared.domain.Code;
import com.tiered.student.domain.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One progress-monitoring score. */
@Entity
@Table(name = "progress_point")
public class ProgressPoint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(nullable = false)
    private String domain;

    @Column(nullable = false)
    private String measure;

    @Column(name = "administered_on", nullable = false)
    private LocalDate administeredOn;

    @Column(nullable = false)
    private double score;

    protected ProgressPoint() {
    }

    public ProgressPoint(Student student, String domain, String measure, LocalDate administeredOn, double score) {
        this.student = Objects.requireNonNull(student, "student");
        this.domain = Code.requireIdentifier("domain", domain);
        this.measure = Code.requireIdentifier("measure", measure);
        this.administeredOn = Objects.requireNonNull(administeredOn, "administeredOn");
        this.score = ScreeningResult.requireFinite(score);
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
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
