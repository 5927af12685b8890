package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.Objects;

/** One screening result: a universal screener given in a window (FALL, WINTER, SPRING). */
public final class Screening {
    private final String studentId;
    private final String domain;
    private final String measure;
    private final String window;
    private final LocalDate administeredOn;
    private final double score;
    private final Integer percentile;

    public Screening(
            String studentId,
            String domain,
            String measure,
            String window,
            LocalDate administeredOn,
            double score,
            Integer percentile) {
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.window = Objects.requireNonNull(window, "window");
        this.administeredOn = Objects.requireNonNull(administeredOn, "administeredOn");
        this.score = score;
        this.percentile = percentile;
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

    public String getWindow() {
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

    /** The window's place in the school year: FALL 1, WINTER 2, SPRING 3 (0 for anything else). */
    public int getWindowOrder() {
        switch (window) {
            case "FALL":
                return 1;
            case "WINTER":
                return 2;
            case "SPRING":
                return 3;
            default:
                return 0;
        }
    }

    /** How the result reads in an explanation: "STAR_READING, WINTER 2026-01-12". */
    public String describe() {
        return measure + ", " + window + " " + administeredOn;
    }

    /** The score as written, without a trailing ".0". */
    public String scoreText() {
        return Numbers.text(score);
    }
}
