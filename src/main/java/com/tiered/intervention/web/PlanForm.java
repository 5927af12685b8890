package com.tiered.intervention.web;

import com.tiered.intervention.domain.PlanTerms;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The plan form's fields as typed; {@link #terms()} turns them into terms, or says what is wrong. */
public class PlanForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String domain;
    private Integer tier = 2;
    private String intervention;
    private Integer sessionsPerWeek;
    private Integer minutesPerSession;
    private String interventionist;
    private String progressMeasure;
    private Integer monitoringIntervalDays;
    private Double goalScore;
    private LocalDate goalDate;
    private LocalDate reviewOn;
    private String accommodations = "";
    private boolean iepCoordinated;

    static PlanForm of(PlanTerms t) {
        PlanForm f = new PlanForm();
        f.domain = t.domain();
        f.tier = t.tier();
        f.intervention = t.intervention();
        f.sessionsPerWeek = t.sessionsPerWeek();
        f.minutesPerSession = t.minutesPerSession();
        f.interventionist = t.interventionist();
        f.progressMeasure = t.progressMeasure();
        f.monitoringIntervalDays = t.monitoringIntervalDays();
        f.goalScore = t.goalScore();
        f.goalDate = t.goalDate();
        f.reviewOn = t.reviewOn();
        f.accommodations = String.join("\n", t.accommodations());
        f.iepCoordinated = t.iepCoordinated();
        return f;
    }

    PlanTerms terms() {
        return PlanTerms.builder()
                .domain(domain)
                .tier(number("Tier", tier))
                .intervention(intervention)
                .sessionsPerWeek(number("Sessions per week", sessionsPerWeek))
                .minutesPerSession(number("Minutes per session", minutesPerSession))
                .interventionist(interventionist)
                .progressMeasure(progressMeasure)
                .monitoringIntervalDays(number("Monitoring interval", monitoringIntervalDays))
                .goal(goalScore, goalDate)
                .reviewOn(reviewOn)
                .accommodations(Arrays.stream(accommodations == null ? new String[0] : accommodations.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .iepCoordinated(iepCoordinated)
                .build();
    }

    private static int number(String field, Integer value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    void setAccommodationList(List<String> list) {
        accommodations = String.join("\n", list);
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public String getIntervention() {
        return intervention;
    }

    public void setIntervention(String intervention) {
        this.intervention = intervention;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getMinutesPerSession() {
        return minutesPerSession;
    }

    public void setMinutesPerSession(Integer minutesPerSession) {
        this.minutesPerSession = minutesPerSession;
    }

    public String getInterventionist() {
        return interventionist;
    }

    public void setInterventionist(String interventionist) {
        this.interventionist = interventionist;
    }

    public String getProgressMeasure() {
        return progressMeasure;
    }

    public void setProgressMeasure(String progressMeasure) {
        this.progressMeasure = progressMeasure;
    }

    public Integer getMonitoringIntervalDays() {
        return monitoringIntervalDays;
    }

    public void setMonitoringIntervalDays(Integer monitoringIntervalDays) {
        this.monitoringIntervalDays = monitoringIntervalDays;
    }

    public Double getGoalScore() {
        return goalScore;
    }

    public void setGoalScore(Double goalScore) {
        this.goalScore = goalScore;
    }

    public LocalDate getGoalDate() {
        return goalDate;
    }

    public void setGoalDate(LocalDate goalDate) {
        this.goalDate = goalDate;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getAccommodations() {
        return accommodations;
    }

    public void setAccommodations(String accommodations) {
        this.accommodations = accommodations;
    }

    public boolean isIepCoordinated() {
        return iepCoordinated;
    }

    public void setIepCoordinated(boolean iepCoordinated) {
        this.iepCoordinated = iepCoordinated;
    }
}
