package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The date an evaluation is made as of; data dated after it does not exist for the evaluation. */
public final class AsOf {
    private final LocalDate date;

    public AsOf(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    public LocalDate getDate() {
        return date;
    }

    /** Whole calendar days from {@code earlier} to this date (negative when {@code earlier} is later). */
    public long daysSince(LocalDate earlier) {
        return ChronoUnit.DAYS.between(earlier, date);
    }

    /** Whole calendar days from this date to {@code later} (negative when {@code later} has passed). */
    public long daysUntil(LocalDate later) {
        return ChronoUnit.DAYS.between(date, later);
    }

    public boolean isOnOrAfter(LocalDate other) {
        return !date.isBefore(other);
    }

    public LocalDate plusDays(long days) {
        return date.plusDays(days);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
