package com.tiered.evaluation.domain.fact;

/** A row of the intervention library: what to offer in a domain, at a tier, for a band of grades. */
public final class InterventionOption {
    private final String domain;
    private final int tier;
    private final String fromGrade;
    private final String toGrade;
    private final String name;
    private final String description;
    private final String progressMeasure;
    private final int fromLevel;
    private final int toLevel;

    public InterventionOption(
            String domain,
            int tier,
            String fromGrade,
            String toGrade,
            String name,
            String description,
            String progressMeasure) {
        this.domain = domain;
        this.tier = tier;
        this.fromGrade = fromGrade;
        this.toGrade = toGrade;
        this.name = name;
        this.description = description;
        this.fromLevel = Student.gradeLevel(fromGrade);
        this.toLevel = Student.gradeLevel(toGrade);
        this.progressMeasure = progressMeasure;
    }

    public String getDomain() {
        return domain;
    }

    public int getTier() {
        return tier;
    }

    public String getFromGrade() {
        return fromGrade;
    }

    public String getToGrade() {
        return toGrade;
    }

    public boolean fitsGradeLevel(int level) {
        return level >= fromLevel && level <= toLevel;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getProgressMeasure() {
        return progressMeasure;
    }
}
