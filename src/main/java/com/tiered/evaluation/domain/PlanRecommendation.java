package com.tiered.evaluation.domain;

import java.time.LocalDate;
import java.util.List;

/** An intervention plan the rules recommend for one student and domain. */
public record PlanRecommendation(
        String domain,
        int tier,
        String intervention,
        String interventionDescription,
        int sessionsPerWeek,
        int minutesPerSession,
        String progressMeasure,
        int monitoringIntervalDays,
        LocalDate reviewOn,
        List<String> accommodations,
        boolean iepCoordinated,
        String rule,
        String explanation) {

    public PlanRecommendation {
        accommodations = List.copyOf(accommodations);
    }
}
