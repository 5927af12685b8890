package com.tiered.demo.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows of a made-up district, in the shapes of the import files. */
public final class DemoData {
    public final List<SchoolRow> schools = new ArrayList<>();
    public final List<StudentRow> students = new ArrayList<>();
    public final List<ScreeningRow> screenings = new ArrayList<>();
    public final List<ProgressRow> progress = new ArrayList<>();
    public final List<GoalRow> goals = new ArrayList<>();
    public final List<PlanRow> plans = new ArrayList<>();
    public final List<ReferralRow> referrals = new ArrayList<>();

    public record SchoolRow(String sourcedId, String name) {}

    public record StudentRow(
            String sourcedId, String givenName, String familyName, String grade, String school, boolean ell) {}

    public record ScreeningRow(
            String student,
            String domain,
            String measure,
            String window,
            LocalDate on,
            double score,
            Integer percentile) {}

    public record ProgressRow(String student, String domain, String measure, LocalDate on, double score) {}

    public record GoalRow(
            String student,
            String domain,
            String measure,
            double baselineScore,
            LocalDate baselineDate,
            double goalScore,
            LocalDate goalDate) {}

    public record PlanRow(
            String student,
            String kind,
            List<String> domains,
            LocalDate start,
            LocalDate review,
            LocalDate reevaluation,
            List<String> accommodations) {}

    public record ReferralRow(String student, String domain, LocalDate consent, LocalDate completed) {}
}
