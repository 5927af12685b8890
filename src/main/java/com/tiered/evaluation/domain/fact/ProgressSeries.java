package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A student's progress points in one domain, oldest first. The rules ask it for the latest point and for a goal's
 * points instead of comparing every point with every other, which kept the engine busy in proportion to the square
 * of the points. The single points are in the session too, for rules that want them.
 */
public final class ProgressSeries {
    private final String studentId;
    private final String domain;
    private final List<ProgressPoint> points;

    public ProgressSeries(String studentId, String domain, List<ProgressPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a progress series has at least one point");
        }
        this.studentId = studentId;
        this.domain = domain;
        List<ProgressPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(ProgressPoint::getAdministeredOn));
        this.points = List.copyOf(sorted);
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    public List<ProgressPoint> getPoints() {
        return points;
    }

    /** The point of the latest date (of several on that date, the last given). */
    public ProgressPoint getLatest() {
        return points.get(points.size() - 1);
    }

    public LocalDate getLatestOn() {
        return getLatest().getAdministeredOn();
    }

    /** The points of one measure on or after a date, oldest first. */
    public List<ProgressPoint> pointsOf(String measure, LocalDate from) {
        List<ProgressPoint> chosen = new ArrayList<>();
        for (ProgressPoint p : points) {
            if (p.getMeasure().equals(measure) && !p.getAdministeredOn().isBefore(from)) {
                chosen.add(p);
            }
        }
        return chosen;
    }
}
