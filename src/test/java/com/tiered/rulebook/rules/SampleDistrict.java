package com.tiered.rulebook.rules;

import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The shared sample district (test resources) read straight into rule facts, as of its date. */
public final class SampleDistrict {
    private static final String BASE = "/samples/district-small/";

    private SampleDistrict() {}

    public static LocalDate asOf() {
        return LocalDate.parse(text("asof.txt").trim());
    }

    public static String text(String name) {
        try (var in = SampleDistrict.class.getResourceAsStream(BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<StudentFacts> facts() {
        LocalDate asOf = asOf();
        Map<String, List<Object>> byStudent = new LinkedHashMap<>();
        Map<String, Student> students = new LinkedHashMap<>();
        for (CSVRecord r : rows("students.csv")) {
            students.put(
                    r.get("sourced_id"),
                    new Student(
                            r.get("sourced_id"),
                            r.get("grade"),
                            r.get("school_id"),
                            Boolean.parseBoolean(r.get("ell"))));
        }
        add(
                byStudent,
                rows("screening.csv"),
                r -> new Screening(
                        r.get("student_sourced_id"),
                        r.get("domain"),
                        r.get("measure"),
                        r.get("window"),
                        LocalDate.parse(r.get("administered_on")),
                        Double.parseDouble(r.get("score")),
                        r.get("percentile").isEmpty() ? null : Integer.valueOf(r.get("percentile"))));
        add(
                byStudent,
                rows("progress.csv"),
                r -> new ProgressPoint(
                        r.get("student_sourced_id"),
                        r.get("domain"),
                        r.get("measure"),
                        LocalDate.parse(r.get("administered_on")),
                        Double.parseDouble(r.get("score"))));
        add(
                byStudent,
                rows("goals.csv"),
                r -> new Goal(
                        r.get("student_sourced_id"),
                        r.get("domain"),
                        r.get("measure"),
                        Double.parseDouble(r.get("baseline_score")),
                        LocalDate.parse(r.get("baseline_date")),
                        Double.parseDouble(r.get("goal_score")),
                        LocalDate.parse(r.get("goal_date"))));
        add(
                byStudent,
                rows("special-education.csv"),
                r -> new SpecialEducationPlan(
                        r.get("student_sourced_id"),
                        r.get("kind"),
                        split(r.get("domains")),
                        LocalDate.parse(r.get("start_date")),
                        LocalDate.parse(r.get("annual_review_date")),
                        date(r.get("reevaluation_date")),
                        List.copyOf(split(r.get("accommodations")).stream().toList())));
        add(
                byStudent,
                rows("referrals.csv"),
                r -> new Referral(
                        r.get("student_sourced_id"),
                        r.get("domain"),
                        LocalDate.parse(r.get("consent_date")),
                        date(r.get("evaluation_completed_on"))));
        List<StudentFacts> facts = new ArrayList<>();
        students.forEach((id, student) -> {
            List<Object> all = byStudent.getOrDefault(id, List.of());
            facts.add(new StudentFacts(
                    student,
                    of(all, Screening.class).stream()
                            .filter(s -> !s.getAdministeredOn().isAfter(asOf))
                            .toList(),
                    of(all, ProgressPoint.class).stream()
                            .filter(p -> !p.getAdministeredOn().isAfter(asOf))
                            .toList(),
                    of(all, Goal.class),
                    of(all, SpecialEducationPlan.class),
                    of(all, Referral.class)));
        });
        return facts;
    }

    private static Set<String> split(String cell) {
        return new java.util.LinkedHashSet<>(Arrays.stream(cell.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList());
    }

    private static LocalDate date(String cell) {
        return cell == null || cell.isBlank() ? null : LocalDate.parse(cell);
    }

    private static <T> List<T> of(List<Object> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void add(
            Map<String, List<Object>> byStudent, List<CSVRecord> records, Function<CSVRecord, Object> fact) {
        for (CSVRecord r : records) {
            byStudent
                    .computeIfAbsent(r.get("student_sourced_id"), k -> new ArrayList<>())
                    .add(fact.apply(r));
        }
    }

    static List<CSVRecord> rows(String name) {
        try (Reader reader =
                new InputStreamReader(SampleDistrict.class.getResourceAsStream(BASE + name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
