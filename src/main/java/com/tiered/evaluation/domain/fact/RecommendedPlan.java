package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An intervention plan the rules recommend for a student's domain. The rules build it in steps (dosage, then the
 * intervention, the progress measure and the accommodations), so unlike the other facts it is filled in place.
 */
public final class RecommendedPlan {
    private final String studentId;
    private final String domain;
    private final int tier;
    private final int gradeLevel;
    private final int sessionsPerWeek;
    private final int minutesPerSession;
    private final int monitoringIntervalDays;
    private final LocalDate reviewOn;
    private final String rule;
    private final String explanation;
    private String intervention;
    private String interventionDescription;
    private String interventionRule;
    private String libraryMeasure;
    private String coordinationNote;
    private String progressMeasure;
    private final List<String> accommodations = new ArrayList<>();
    private boolean iepCoordinated;
    private boolean measureChosen;
    private boolean accommodationsGathered;

    public RecommendedPlan(
            String studentId,
            String domain,
            int tier,
            int gradeLevel,
            PlanDosage dosage,
            LocalDate reviewOn,
            String rule,
            String explanation) {
        this.studentId = studentId;
        this.domain = domain;
        this.tier = tier;
        this.gradeLevel = gradeLevel;
        this.sessionsPerWeek = dosage.getSessionsPerWeek();
        this.minutesPerSession = dosage.getMinutesPerSession();
        this.monitoringIntervalDays = dosage.getMonitoringIntervalDays();
        this.reviewOn = reviewOn;
        this.rule = rule;
        this.explanation = explanation;
    }

    public void chooseIntervention(InterventionOption option, String ruleName) {
        this.intervention = option.getName();
        this.interventionDescription = option.getDescription();
        this.interventionRule = TextTooLong.checked("a plan's intervention rule", ruleName);
        this.libraryMeasure = option.getProgressMeasure();
    }

    public void useProgressMeasure(String measure) {
        this.progressMeasure = TextTooLong.checked("a plan's progress measure", measure);
        this.measureChosen = true;
    }

    /** Adds accommodations in order, each once. */
    public void addAccommodations(List<String> more) {
        for (String accommodation : more) {
            if (!accommodations.contains(accommodation)) {
                accommodations.add(accommodation);
            }
        }
    }

    /**
     * Adds the accommodations of each plan collected by a rule ({@code List() from collect(SpecialEducationPlan(...))}),
     * in order: rules may not loop, so the loop over the plans is here.
     */
    public void addAccommodationsOf(List<?> plans) {
        for (Object plan : plans) {
            if (plan instanceof SpecialEducationPlan p) {
                addAccommodations(p.getAccommodations());
            }
        }
    }

    public void markAccommodationsGathered(boolean coordinatedWithIep, String note) {
        this.iepCoordinated = coordinatedWithIep;
        this.coordinationNote = TextTooLong.checked("a plan's coordination note", note);
        this.accommodationsGathered = true;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    public int getTier() {
        return tier;
    }

    public int getGradeLevel() {
        return gradeLevel;
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public int getMinutesPerSession() {
        return minutesPerSession;
    }

    public int getMonitoringIntervalDays() {
        return monitoringIntervalDays;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getRule() {
        return rule;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getIntervention() {
        return intervention;
    }

    public String getInterventionDescription() {
        return interventionDescription;
    }

    public String getInterventionRule() {
        return interventionRule;
    }

    public String getLibraryMeasure() {
        return libraryMeasure;
    }

    /** For a plan coordinated with an IEP: how its minutes relate to the IEP's services. */
    public String getCoordinationNote() {
        return coordinationNote;
    }

    public String getProgressMeasure() {
        return progressMeasure;
    }

    public boolean isMeasureChosen() {
        return measureChosen;
    }

    public List<String> getAccommodations() {
        return Collections.unmodifiableList(accommodations);
    }

    public boolean isIepCoordinated() {
        return iepCoordinated;
    }

    public boolean isAccommodationsGathered() {
        return accommodationsGathered;
    }
}
