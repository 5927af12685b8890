package com.tiered.evaluation.domain.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A goal with its goal points in date order, and the arithmetic the progress rules ask of them: the aim line and an
 * ordinary least-squares trend. Comparisons are exact (decimal arithmetic) so that a point on the aim line is never
 * "below" it by a rounding error; how many points a rule looks at is the rule's business.
 */
public final class GoalSeries {
    private final Goal goal;
    private final List<ProgressPoint> points;
    /** Computed on first use: several rules ask for the trend of the same series. */
    private BigDecimal[] trend;

    public GoalSeries(Goal goal, List<ProgressPoint> points) {
        this.goal = goal;
        List<ProgressPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(ProgressPoint::getAdministeredOn));
        this.points = List.copyOf(sorted);
    }

    public Goal getGoal() {
        return goal;
    }

    public String getStudentId() {
        return goal.getStudentId();
    }

    public String getDomain() {
        return goal.getDomain();
    }

    public List<ProgressPoint> getPoints() {
        return points;
    }

    public int getPointCount() {
        return points.size();
    }

    public List<ProgressPoint> latest(int n) {
        return points.subList(Math.max(0, points.size() - n), points.size());
    }

    /** Sign of (score - aim) at the point's date: -1 below, 0 on, 1 above the aim line. */
    public int versusAim(ProgressPoint point) {
        BigDecimal span = BigDecimal.valueOf(goalSpanDays());
        BigDecimal elapsed = BigDecimal.valueOf(daysFromBaseline(point.getAdministeredOn()));
        BigDecimal left = BigDecimal.valueOf(point.getScore()).multiply(span);
        BigDecimal right =
                BigDecimal.valueOf(goal.getBaselineScore()).multiply(span).add(rise().multiply(elapsed));
        return left.compareTo(right);
    }

    public boolean latestAllBelowAim(int n) {
        return points.size() >= n && latest(n).stream().allMatch(p -> versusAim(p) < 0);
    }

    public boolean latestAllAboveAim(int n) {
        return points.size() >= n && latest(n).stream().allMatch(p -> versusAim(p) > 0);
    }

    public double aimAt(LocalDate date) {
        return goal.getBaselineScore() + rise().doubleValue() * daysFromBaseline(date) / (double) goalSpanDays();
    }

    /** The OLS trend line's value at a date (for charts); the baseline score when there are no points. */
    public double trendAt(LocalDate date) {
        if (points.isEmpty()) {
            return goal.getBaselineScore();
        }
        double meanX = points.stream()
                .mapToLong(p -> daysFromBaseline(p.getAdministeredOn()))
                .average()
                .orElse(0);
        double meanY =
                points.stream().mapToDouble(ProgressPoint::getScore).average().orElse(0);
        double slopePerDay = getTrendPerWeek() / 7;
        return meanY + slopePerDay * (daysFromBaseline(date) - meanX);
    }

    /** Sign of (trend slope - aim slope): -1 when the trend is below the aim line's slope. */
    public int trendVersusAim() {
        BigDecimal[] trend = trendFraction();
        // trend = num / den (den > 0), aim = rise / span (span > 0): compare num * span with rise * den.
        return trend[0].multiply(BigDecimal.valueOf(goalSpanDays())).compareTo(rise().multiply(trend[1]));
    }

    public double getTrendPerWeek() {
        BigDecimal[] trend = trendFraction();
        return trend[0].multiply(BigDecimal.valueOf(7))
                .divide(trend[1], MathContext.DECIMAL64)
                .doubleValue();
    }

    public double getAimPerWeek() {
        return rise().doubleValue() * 7 / goalSpanDays();
    }

    /** "ORF 12 on 2026-01-05 (aim 15.3); …" for the latest n points. */
    public String describeLatest(int n) {
        return latest(n).stream()
                .map(p -> p.getMeasure() + " " + Numbers.text(p.getScore()) + " on " + p.getAdministeredOn() + " (aim "
                        + Numbers.rounded(aimAt(p.getAdministeredOn())) + ")")
                .collect(Collectors.joining("; "));
    }

    private BigDecimal rise() {
        return BigDecimal.valueOf(goal.getGoalScore()).subtract(BigDecimal.valueOf(goal.getBaselineScore()));
    }

    private long goalSpanDays() {
        return ChronoUnit.DAYS.between(goal.getBaselineDate(), goal.getGoalDate());
    }

    private long daysFromBaseline(LocalDate date) {
        return ChronoUnit.DAYS.between(goal.getBaselineDate(), date);
    }

    private BigDecimal[] trendFraction() {
        if (trend == null) {
            trend = leastSquaresSlope();
        }
        return trend;
    }

    /** OLS slope of score on days since baseline as {numerator, denominator}; a flat 0/1 when x does not vary. */
    private BigDecimal[] leastSquaresSlope() {
        BigDecimal n = BigDecimal.valueOf(points.size());
        BigDecimal sumX = BigDecimal.ZERO;
        BigDecimal sumY = BigDecimal.ZERO;
        BigDecimal sumXY = BigDecimal.ZERO;
        BigDecimal sumXX = BigDecimal.ZERO;
        for (ProgressPoint p : points) {
            BigDecimal x = BigDecimal.valueOf(daysFromBaseline(p.getAdministeredOn()));
            BigDecimal y = BigDecimal.valueOf(p.getScore());
            sumX = sumX.add(x);
            sumY = sumY.add(y);
            sumXY = sumXY.add(x.multiply(y));
            sumXX = sumXX.add(x.multiply(x));
        }
        BigDecimal numerator = n.multiply(sumXY).subtract(sumX.multiply(sumY));
        BigDecimal denominator = n.multiply(sumXX).subtract(sumX.multiply(sumX));
        if (denominator.signum() == 0) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
        }
        return new BigDecimal[] {numerator, denominator};
    }
}
