package com.tiered.assessment.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes a progress-monitoring goal from the first points of a measure: the baseline is the median of the first
 * three points (dated the third), and the goal is either a benchmark to reach by a date or a weekly rate of improvement
 * kept up until that date.
 */
public final class GoalAssistant {
    private GoalAssistant() {}

    /** A score on a date. */
    public record Observation(LocalDate on, double score) {}

    public static GoalProposal byBenchmark(
            List<Observation> points, double benchmark, LocalDate goalDate, Double typicalWeeklyGain) {
        Observation baseline = baseline(points);
        double weeks = weeks(baseline.on(), goalDate);
        return new GoalProposal(
                baseline.score(),
                baseline.on(),
                benchmark,
                goalDate,
                (benchmark - baseline.score()) / weeks,
                typicalWeeklyGain);
    }

    public static GoalProposal byRate(
            List<Observation> points, double weeklyGain, LocalDate goalDate, Double typicalWeeklyGain) {
        Observation baseline = baseline(points);
        double weeks = weeks(baseline.on(), goalDate);
        double goal = Math.round((baseline.score() + weeklyGain * weeks) * 10) / 10.0;
        return new GoalProposal(baseline.score(), baseline.on(), goal, goalDate, weeklyGain, typicalWeeklyGain);
    }

    static Observation baseline(List<Observation> points) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("A baseline needs three progress points; there "
                    + (points.size() == 1 ? "is 1" : "are " + points.size()));
        }
        List<Observation> first = points.stream()
                .sorted(Comparator.comparing(Observation::on))
                .limit(3)
                .toList();
        double median = first.stream().mapToDouble(Observation::score).sorted().toArray()[1];
        return new Observation(first.get(2).on(), median);
    }

    private static double weeks(LocalDate from, LocalDate to) {
        if (to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("The goal date must come after the baseline (" + from + ")");
        }
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }
}
