package com.tiered.rulebook.application.scenario;

import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import com.tiered.rulebook.domain.RuleFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a scenario table. Columns: scenario, as_of, grade, ell, screening, progress, goals, plans, referrals,
 * expect, and optionally expect_plans. Several items in one cell are separated by "|". See rules/README.md.
 */
public final class ScenarioTableReader {
    static final String STUDENT = "S1";

    /** A row that cannot be read: the row and what is wrong with it. */
    public static final class BadRow extends RuntimeException {
        public BadRow(String message) {
            super(message);
        }
    }

    public List<ScenarioRow> read(RuleFile table) {
        List<ScenarioRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build()
                .parse(new StringReader(table.content()))) {
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                Map<String, String> row = record.toMap();
                String name = row.getOrDefault("scenario", "row " + line);
                if (name.startsWith("#")) {
                    continue;
                }
                try {
                    rows.add(scenario(table.path(), line, name, row));
                } catch (RuntimeException e) {
                    rows.add(new ScenarioRow.Unreadable(
                            table.path(), line, name, "the row cannot be read: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Scenario scenario(String file, int line, String name, Map<String, String> row) {
        LocalDate asOf = LocalDate.parse(required(row, "as_of"));
        String grade = row.getOrDefault("grade", "");
        Student student = new Student(
                STUDENT,
                grade.isEmpty() ? "03" : grade,
                "SCHOOL",
                Boolean.parseBoolean(row.getOrDefault("ell", "false")));
        List<Screening> screenings = items(row.get("screening")).stream()
                .map(ScenarioTableReader::screening)
                .toList();
        List<ProgressPoint> progress = items(row.get("progress")).stream()
                .flatMap(item -> series(item).stream())
                .toList();
        List<Goal> goals =
                items(row.get("goals")).stream().map(ScenarioTableReader::goal).toList();
        List<SpecialEducationPlan> plans =
                items(row.get("plans")).stream().map(ScenarioTableReader::plan).toList();
        List<Referral> referrals = items(row.get("referrals")).stream()
                .map(ScenarioTableReader::referral)
                .toList();
        // As in production, data dated after the as-of date does not exist.
        StudentFacts facts = new StudentFacts(
                student,
                screenings.stream()
                        .filter(s -> !s.getAdministeredOn().isAfter(asOf))
                        .toList(),
                progress.stream()
                        .filter(p -> !p.getAdministeredOn().isAfter(asOf))
                        .toList(),
                goals,
                plans,
                referrals);
        String plansColumn = row.get("expect_plans");
        return new Scenario(
                file,
                line,
                name,
                asOf,
                facts,
                normalise(row.getOrDefault("expect", "")),
                plansColumn == null || plansColumn.isBlank() ? null : PlanExpectations.read(plansColumn));
    }

    /** "READING:3:B+A | MATH::C" in a canonical order, so that expected and actual compare as text. */
    static String normalise(String cell) {
        return items(cell).stream()
                .map(item -> {
                    String[] parts = item.split(":", -1);
                    if (parts.length < 3) {
                        return item.trim();
                    }
                    String flags = Arrays.stream(parts[2].split("\\+"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .sorted()
                            .collect(Collectors.joining("+"));
                    return parts[0].trim() + ":" + parts[1].trim() + ":" + flags
                            + (parts.length > 3
                                    ? ":" + String.join(":", Arrays.copyOfRange(parts, 3, parts.length))
                                    : "");
                })
                .sorted()
                .collect(Collectors.joining(" | "));
    }

    static List<String> items(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new BadRow("column " + column + " is empty");
        }
        return value;
    }

    /** "READING STAR_READING WINTER 2026-01-12 500 p8" (the percentile is optional). */
    private static Screening screening(String item) {
        String[] w = words(item, 5, "screening", "DOMAIN MEASURE WINDOW DATE SCORE [pPERCENTILE]");
        Integer percentile = w.length > 5 ? Integer.valueOf(w[5].replaceFirst("^p", "")) : null;
        return new Screening(STUDENT, w[0], w[1], w[2], LocalDate.parse(w[3]), Double.parseDouble(w[4]), percentile);
    }

    /** "READING ORF 2025-11-03 every 7: 10 12 14" — points every 7 days from the date. */
    private static List<ProgressPoint> series(String item) {
        String[] halves = item.split(":", 2);
        if (halves.length != 2) {
            throw new BadRow("progress '" + item + "' must read DOMAIN MEASURE DATE every DAYS: SCORE SCORE …");
        }
        String[] w = words(halves[0], 5, "progress", "DOMAIN MEASURE DATE every DAYS: SCORES");
        LocalDate first = LocalDate.parse(w[2]);
        int every = Integer.parseInt(w[4]);
        String[] scores = halves[1].trim().split("\\s+");
        List<ProgressPoint> points = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            points.add(new ProgressPoint(
                    STUDENT, w[0], w[1], first.plusDays((long) i * every), Double.parseDouble(scores[i])));
        }
        return points;
    }

    /** "READING ORF 10 2025-11-01 40 2026-03-01": baseline score and date, goal score and date. */
    private static Goal goal(String item) {
        String[] w = words(item, 6, "goal", "DOMAIN MEASURE BASELINE_SCORE BASELINE_DATE GOAL_SCORE GOAL_DATE");
        return new Goal(
                STUDENT,
                w[0],
                w[1],
                Double.parseDouble(w[2]),
                LocalDate.parse(w[3]),
                Double.parseDouble(w[4]),
                LocalDate.parse(w[5]));
    }

    /** "IEP domains=READING+MATH start=2025-09-01 review=2026-09-01 reeval=2028-09-01 acc=Extended time+Breaks". */
    private static SpecialEducationPlan plan(String item) {
        String kind = item.trim().split("\\s+")[0];
        Map<String, String> keys = keyValues(item.trim().substring(kind.length()));
        return new SpecialEducationPlan(
                STUDENT,
                kind,
                new LinkedHashSet<>(plus(keys.get("domains"))),
                LocalDate.parse(keys.get("start")),
                LocalDate.parse(keys.get("review")),
                keys.containsKey("reeval") ? LocalDate.parse(keys.get("reeval")) : null,
                plus(keys.get("acc")));
    }

    /** "MATH consent=2025-12-01 completed=2026-01-20" (completed is optional). */
    private static Referral referral(String item) {
        String domain = item.trim().split("\\s+")[0];
        Map<String, String> keys = keyValues(item.trim().substring(domain.length()));
        return new Referral(
                STUDENT,
                domain,
                LocalDate.parse(keys.get("consent")),
                keys.containsKey("completed") ? LocalDate.parse(keys.get("completed")) : null);
    }

    private static List<String> plus(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** key=value pairs; a value runs until the next " key=" so that it may hold spaces. */
    private static Map<String, String> keyValues(String text) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)=").matcher(text);
        List<java.util.regex.MatchResult> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.toMatchResult());
        }
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < keys.size() ? keys.get(i + 1).start() : text.length();
            map.put(keys.get(i).group(1), text.substring(keys.get(i).end(), end).trim());
        }
        return map;
    }

    private static String[] words(String item, int least, String what, String form) {
        String[] w = item.trim().split("\\s+");
        if (w.length < least) {
            throw new BadRow(what + " '" + item + "' must read " + form);
        }
        return w;
    }
}
