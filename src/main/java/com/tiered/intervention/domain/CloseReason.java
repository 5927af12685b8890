package com.tiered.intervention.domain;

/** Why a plan ended. */
public enum CloseReason {
    GOAL_MET("Goal met"),
    INTENSIFIED("Intensified"),
    REFERRED("Referred for evaluation"),
    MOVED("Moved away"),
    WITHDRAWN_DRAFT("Draft not used");

    private final String label;

    CloseReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
