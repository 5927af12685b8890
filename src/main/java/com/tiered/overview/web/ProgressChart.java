package com.tiered.overview.web;

import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.GoalSeries;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.shared.web.ScriptJson;
import com.tiered.student.application.StudentRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A domain's progress chart as Chart.js configuration: the goal points, the aim line from baseline to goal, and the
 * trend line (ordinary least squares) once there are two points — computed by the same {@link GoalSeries} the
 * rules use, so the chart and the decisions agree. The x axis is weeks since the baseline. The JSON is escaped for the
 * script element PrimeFaces puts it in: a label carries what a user typed (the intervention of a plan).
 */
public record ProgressChart(String domain, String title, String json) {

    /** A day an intervention began or ended in a domain: drawn as a vertical line. */
    public record Marker(String domain, LocalDate on, String label) {}

    public static List<ProgressChart> of(StudentRecord record) {
        return of(record, List.of());
    }

    public static List<ProgressChart> of(StudentRecord record, List<Marker> markers) {
        List<ProgressChart> charts = new ArrayList<>();
        for (StudentRecord.GoalLine g : record.goals()) {
            Goal goal = new Goal(
                    "-", g.domain(), g.measure(), g.baselineScore(), g.baselineDate(), g.goalScore(), g.goalDate());
            List<ProgressPoint> points = record.progress().stream()
                    .filter(p -> p.domain().equals(g.domain())
                            && p.measure().equals(g.measure())
                            && !p.administeredOn().isBefore(g.baselineDate()))
                    .map(p -> new ProgressPoint("-", p.domain(), p.measure(), p.administeredOn(), p.score()))
                    .toList();
            charts.add(new ProgressChart(
                    g.domain(),
                    g.domain() + " — " + g.measure() + ", goal " + g.goalScore() + " by " + g.goalDate(),
                    json(
                            new GoalSeries(goal, points),
                            markers.stream()
                                    .filter(m -> m.domain().equals(g.domain()))
                                    .toList())));
        }
        return charts;
    }

    private static String json(GoalSeries series, List<Marker> markers) {
        Goal goal = series.getGoal();
        LocalDate start = goal.getBaselineDate();
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (ProgressPoint p : series.getPoints()) {
            points.add(point(weeks(start, p.getAdministeredOn()), p.getScore()));
        }
        JsonArrayBuilder aim = Json.createArrayBuilder()
                .add(point(0, goal.getBaselineScore()))
                .add(point(weeks(start, goal.getGoalDate()), goal.getGoalScore()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(goal.getMeasure() + " scores", points, "#1d4e89", false))
                .add(dataset("Aim line", aim, "#2e7d32", true));
        if (series.getPointCount() >= 2) {
            LocalDate first = series.getPoints().get(0).getAdministeredOn();
            LocalDate last = series.getPoints().get(series.getPointCount() - 1).getAdministeredOn();
            JsonArrayBuilder trend = Json.createArrayBuilder()
                    .add(point(weeks(start, first), series.trendAt(first)))
                    .add(point(weeks(start, last), series.trendAt(last)));
            datasets.add(dataset("Trend", trend, "#c62828", true)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        }
        double top = Math.max(goal.getGoalScore(), goal.getBaselineScore());
        for (ProgressPoint p : series.getPoints()) {
            top = Math.max(top, p.getScore());
        }
        for (Marker m : markers) {
            double x = weeks(start, m.on());
            datasets.add(dataset(
                            m.label() + " (" + m.on() + ")",
                            Json.createArrayBuilder().add(point(x, 0)).add(point(x, top * 1.1)),
                            "#6a1b9a",
                            true)
                    .add("borderDash", Json.createArrayBuilder().add(2).add(3)));
        }
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", axis("weeks since the baseline on " + start))
                                                .add("y", axis(goal.getMeasure() + " score"))))
                .build());
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean line) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("showLine", line)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", line ? 0 : 4);
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonObjectBuilder point(double x, double y) {
        return Json.createObjectBuilder().add("x", Math.round(x * 100) / 100.0).add("y", Math.round(y * 100) / 100.0);
    }

    private static double weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }
}
