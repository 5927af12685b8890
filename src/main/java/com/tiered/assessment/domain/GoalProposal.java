package com.tiered.assessment.domain;

import java.time.LocalDate;

/**
 * A goal the assistant proposes: the baseline (median of the first three points), the goal, the weekly gain it needs,
 * and whether that is more than twice the gain typical for the measure (then {@code ambitious}).
 */
public record GoalProposal(
        double baselineScore,
        LocalDate baselineDate,
        double goalScore,
        LocalDate goalDate,
        double neededWeeklyGain,
        Double typicalWeeklyGain) {

    public boolean ambitious() {
        return typicalWeeklyGain != null && typicalWeeklyGain > 0 && neededWeeklyGain > 2 * typicalWeeklyGain;
    }

    public boolean isAmbitious() {
        return ambitious();
    }
}
