package com.tiered.intervention.domain;

import com.tiered.shared.domain.Code;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a plan commits to: the intervention, its dosage, who gives it, how progress is measured and how often, the goal,
 * the review date and the accommodations. The constructor refuses terms no school could follow; {@link #builder()}
 * names each term where the terms are put together.
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

    public static Builder builder() {
        return new Builder();
    }

    /** The terms one by one, by name; {@link #build()} checks them all as the constructor does. */
    public static final class Builder {
        private String domain;
        private int tier;
        private String intervention;
        private int sessionsPerWeek;
        private int minutesPerSession;
        private String interventionist;
        private String progressMeasure;
        private int monitoringIntervalDays;
        private Double goalScore;
        private LocalDate goalDate;
        private LocalDate reviewOn;
        private List<String> accommodations = List.of();
        private boolean iepCoordinated;

        private Builder() {}

        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder tier(int tier) {
            this.tier = tier;
            return this;
        }

        public Builder intervention(String intervention) {
            this.intervention = intervention;
            return this;
        }

        public Builder sessionsPerWeek(int sessionsPerWeek) {
            this.sessionsPerWeek = sessionsPerWeek;
            return this;
        }

        public Builder minutesPerSession(int minutesPerSession) {
            this.minutesPerSession = minutesPerSession;
            return this;
        }

        public Builder interventionist(String interventionist) {
            this.interventionist = interventionist;
            return this;
        }

        public Builder progressMeasure(String progressMeasure) {
            this.progressMeasure = progressMeasure;
            return this;
        }

        public Builder monitoringIntervalDays(int monitoringIntervalDays) {
            this.monitoringIntervalDays = monitoringIntervalDays;
            return this;
        }

        /** The goal score and date; both or neither (null, null: the domain's goal). */
        public Builder goal(Double score, LocalDate date) {
            this.goalScore = score;
            this.goalDate = date;
            return this;
        }

        public Builder reviewOn(LocalDate reviewOn) {
            this.reviewOn = reviewOn;
            return this;
        }

        public Builder accommodations(List<String> accommodations) {
            this.accommodations = accommodations;
            return this;
        }

        public Builder iepCoordinated(boolean iepCoordinated) {
            this.iepCoordinated = iepCoordinated;
            return this;
        }

        public PlanTerms build() {
            return new PlanTerms(
                    domain,
                    tier,
                    intervention,
                    sessionsPerWeek,
                    minutesPerSession,
                    interventionist,
                    progressMeasure,
                    monitoringIntervalDays,
                    goalScore,
                    goalDate,
                    reviewOn,
                    accommodations,
                    iepCoordinated);
        }
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
