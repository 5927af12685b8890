package com.tiered.evaluation.domain.fact;

/** A row of the plan-deadline table: a date of a kind of plan, when it counts as due soon, and the flags. */
public final class PlanDeadline {
    private final String kind;
    private final String dateName;
    private final int dueSoonDays;
    private final String overdueFlag;
    private final String dueSoonFlag;

    public PlanDeadline(String kind, String dateName, int dueSoonDays, String overdueFlag, String dueSoonFlag) {
        this.kind = kind;
        this.dateName = dateName;
        this.dueSoonDays = dueSoonDays;
        this.overdueFlag = overdueFlag;
        this.dueSoonFlag = dueSoonFlag;
    }

    public String getKind() {
        return kind;
    }

    public String getDateName() {
        return dateName;
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }

    public String getOverdueFlag() {
        return overdueFlag;
    }

    public String getDueSoonFlag() {
        return dueSoonFlag;
    }
}
