package com.tiered.evaluation.domain.fact;

/** A row of the cadence table: how often a student at a tier is expected to be progress-monitored. */
public final class MonitoringInterval {
    private final int tier;
    private final int days;

    public MonitoringInterval(int tier, int days) {
        this.tier = tier;
        this.days = days;
    }

    public int getTier() {
        return tier;
    }

    public int getDays() {
        return days;
    }
}
