package com.tiered.intervention.domain;

import com.tiered.shared.domain.Code;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a plan commits to: the intervention, its dosage, who gives it, how progress is measured and how often, the goal,
 * the review date and the accommodations. The constructor refuses terms no school could follow.
 */
public record PlanTerms(
        String domain,
        int tier,
        String intervention,
        int sessionsPerWeek,
        int minutesPerSession,
        String interventionist,
        String progressMeasure,
        int monitoringIntervalDays,
        Double goalScore,
        LocalDate goalDate,
        LocalDate reviewOn,
        List<String> accommodations,
        boolean iepCoordinated) {

    public PlanTerms {
        Code.requireIdentifier("domain", domain);
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1, 2 or 3, not " + tier);
        }
        intervention = required("intervention", intervention, 200);
        interventionist = required("interventionist", interventionist, 200);
        progressMeasure = required("progress measure", progressMeasure, 64);
        within("sessions per week", sessionsPerWeek, 1, 10);
        within("minutes per session", minutesPerSession, 5, 180);
        within("monitoring interval (days)", monitoringIntervalDays, 1, 90);
        Objects.requireNonNull(reviewOn, "review date");
        if ((goalScore == null) != (goalDate == null)) {
            throw new IllegalArgumentException("a goal needs both a score and a date");
        }
        accommodations = accommodations == null ? List.of() : List.copyOf(accommodations);
    }

    private static String required(String field, String value, int width) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.trim().length() > width) {
            throw new IllegalArgumentException(field + " is longer than " + width + " characters");
        }
        return value.trim();
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
