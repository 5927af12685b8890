package com.tiered.intervention.application;

/** Somebody else changed the plan after this user opened it: their change is kept and this one refused. */
public class PlanChangedMeanwhile extends RuntimeException {
    public PlanChangedMeanwhile(String by) {
        super("This plan was changed by " + by + " after you opened it. Reload the page to see their change,"
                + " then make yours again.");
    }
}
