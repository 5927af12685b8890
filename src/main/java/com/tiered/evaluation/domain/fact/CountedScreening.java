package com.tiered.evaluation.domain.fact;

/** A screening result in the current window, with the student's grade that its cut scores depend on. */
public final class CountedScreening {
    private final Screening screening;
    private final String grade;

    public CountedScreening(Screening screening, String grade) {
        this.screening = screening;
        this.grade = grade;
    }

    public Screening getScreening() {
        return screening;
    }

    public String getStudentId() {
        return screening.getStudentId();
    }

    public String getDomain() {
        return screening.getDomain();
    }

    public String getMeasure() {
        return screening.getMeasure();
    }

    public String getWindow() {
        return screening.getWindow();
    }

    public String getGrade() {
        return grade;
    }

    public double getScore() {
        return screening.getScore();
    }

    public Integer getPercentile() {
        return screening.getPercentile();
    }

    public String describe() {
        return screening.describe();
    }
}
