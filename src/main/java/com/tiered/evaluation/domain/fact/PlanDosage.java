package com.tiered.evaluation.domain.fact;

/** A row of the dosage table: how much intervention a recommended plan at a tier carries. */
public final class PlanDosage {
    private final int tier;
    private final int sessionsPerWeek;
    private final int minutesPerSession;
    private final int monitoringIntervalDays;
    private final int reviewAfterDays;

    public PlanDosage(
            int tier, int sessionsPerWeek, int minutesPerSession, int monitoringIntervalDays, int reviewAfterDays) {
        this.tier = tier;
        this.sessionsPerWeek = sessionsPerWeek;
        this.minutesPerSession = minutesPerSession;
        this.monitoringIntervalDays = monitoringIntervalDays;
        this.reviewAfterDays = reviewAfterDays;
    }

    public int getTier() {
        return tier;
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

    public int getReviewAfterDays() {
        return reviewAfterDays;
    }
}
