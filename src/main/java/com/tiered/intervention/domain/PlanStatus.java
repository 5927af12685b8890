package com.tiered.intervention.domain;

/** Where a plan is in its life: written but not begun, under way, or ended with a reason. */
public enum PlanStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
