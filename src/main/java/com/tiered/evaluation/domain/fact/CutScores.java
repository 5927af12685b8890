package com.tiered.evaluation.domain.fact;

/** A row of a measure's cut-score table: local cuts for one grade and window. */
public final class CutScores {
    private final String measure;
    private final String grade;
    private final String window;
    private final double urgentBelow;
    private final double interventionBelow;

    public CutScores(String measure, String grade, String window, double urgentBelow, double interventionBelow) {
        this.measure = measure;
        this.grade = grade;
        this.window = window;
        this.urgentBelow = urgentBelow;
        this.interventionBelow = interventionBelow;
    }

    public String getMeasure() {
        return measure;
    }

    public String getGrade() {
        return grade;
    }

    public String getWindow() {
        return window;
    }

    public double getUrgentBelow() {
        return urgentBelow;
    }

    public double getInterventionBelow() {
        return interventionBelow;
    }
}
