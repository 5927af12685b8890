package com.tiered.evaluation.domain.fact;

/**
 * A row of the growth norms table: for a progress measure and a grade band, the typical weekly gain of a student in
 * intervention and the end-of-year benchmark. The goal-setting assistant reads it; no decision depends on it.
 */
public final class GrowthNorm {
    private final String measure;
    private final String fromGrade;
    private final String toGrade;
    private final double typicalWeeklyGain;
    private final double endOfYearBenchmark;

    public GrowthNorm(
            String measure, String fromGrade, String toGrade, double typicalWeeklyGain, double endOfYearBenchmark) {
        this.measure = measure;
        this.fromGrade = fromGrade;
        this.toGrade = toGrade;
        this.typicalWeeklyGain = typicalWeeklyGain;
        this.endOfYearBenchmark = endOfYearBenchmark;
    }

    /** Grades compare as levels, KG below 01 (as the intervention library reads them). */
    public boolean fits(String measureCode, String grade) {
        int level = Student.gradeLevel(grade);
        return measure.equals(measureCode)
                && level >= Student.gradeLevel(fromGrade)
                && level <= Student.gradeLevel(toGrade);
    }

    public String getMeasure() {
        return measure;
    }

    public double getTypicalWeeklyGain() {
        return typicalWeeklyGain;
    }

    public double getEndOfYearBenchmark() {
        return endOfYearBenchmark;
    }
}
