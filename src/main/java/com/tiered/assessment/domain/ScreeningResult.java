package com.tiered.assessment.domain;

import com.tiered.shared.domain.Code;
import com.tiered.shared.domain.ScreeningWindow;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One universal-screening result. */
@Entity
@Table(name = "screening_result")
public class ScreeningResult extends StudentRecordEntry {
    @Column(nullable = false)
    private String domain;

    @Column(nullable = false)
    private String measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_window", nullable = false)
    private ScreeningWindow window;

    @Column(name = "administered_on", nullable = false)
    private LocalDate administeredOn;

    @Column(nullable = false)
    private double score;

    private Integer percentile;

    protected ScreeningResult() {}

    public ScreeningResult(
            Student student,
            String domain,
            String measure,
            ScreeningWindow window,
            LocalDate administeredOn,
            double score,
            Integer percentile) {
        super(student);
        this.domain = Code.requireIdentifier("domain", domain);
        this.measure = Code.requireIdentifier("measure", measure);
        this.window = Objects.requireNonNull(window, "window");
        this.administeredOn = Objects.requireNonNull(administeredOn, "administeredOn");
        this.score = requireFinite(score);
        this.percentile = requirePercentile(percentile);
    }

    public static Integer requirePercentile(Integer percentile) {
        if (percentile != null && (percentile < 1 || percentile > 99)) {
            throw new IllegalArgumentException("percentile " + percentile + " is outside 1-99");
        }
        return percentile;
    }

    static double requireFinite(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score is not a number");
        }
        return score;
    }

    public String getDomain() {
        return domain;
    }

    public String getMeasure() {
        return measure;
    }

    public ScreeningWindow getWindow() {
        return window;
    }

    public LocalDate getAdministeredOn() {
        return administeredOn;
    }

    public double getScore() {
        return score;
    }

    public Integer getPercentile() {
        return percentile;
    }
}
