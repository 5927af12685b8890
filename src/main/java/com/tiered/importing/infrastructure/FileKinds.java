package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The import files of docs/api.md, one per kind, with their columns, checks and keys. */
final class FileKinds {
    static final String STUDENT = "student_sourced_id";

    private FileKinds() {}

    static FileKind of(ImportKind kind) {
        return switch (kind) {
            case STUDENTS -> new Students();
            case SCREENING -> new Screening();
            case PROGRESS -> new Progress();
            case GOALS -> new Goals();
            case SPECIAL_EDUCATION -> new SpecialEducation();
            case REFERRALS -> new Referrals();
            case ONEROSTER -> throw new IllegalArgumentException("OneRoster bundles are zip files, not one CSV");
        };
    }

    private static ParsedRow row(SourceRow row, Cells cells, String student, Map<String, Object> columns) {
        return cells.errors().isEmpty() ? new ParsedRow(row.line(), student, columns) : null;
    }

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static final class Students implements FileKind {
        @Override
        public String name() {
            return "students";
        }

        @Override
        public Set<String> required() {
            return Set.of("sourced_id", "given_name", "family_name", "grade", "school_id");
        }

        @Override
        public Set<String> optional() {
            return Set.of("school_name", "ell");
        }

        @Override
        public boolean refersToStudent() {
            return false;
        }

        @Override
        public TableShape shape(CsvSource file) {
            List<String> values = file.hasColumn("ell")
                    ? List.of("given_name", "family_name", "grade", "school_id", "ell")
                    : List.of("given_name", "family_name", "grade", "school_id");
            return new TableShape("student", "sourced_id", List.of("sourced_id"), values);
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String id = cells.text("sourced_id", true, 64);
            Map<String, Object> c = columns(
                    "sourced_id",
                    id,
                    "given_name",
                    cells.text("given_name", true, 100),
                    "family_name",
                    cells.text("family_name", true, 100),
                    "grade",
                    cells.grade("grade"),
                    "school_sourced_id",
                    cells.text("school_id", true, 64),
                    "school_name",
                    cells.text("school_name", false, 200),
                    "ell",
                    cells.bool("ell"));
            return row(row, cells, id, c);
        }
    }

    static final class Screening implements FileKind {
        @Override
        public String name() {
            return "screening";
        }

        @Override
        public Set<String> required() {
            return Set.of(STUDENT, "domain", "measure", "window", "administered_on", "score");
        }

        @Override
        public Set<String> optional() {
            return Set.of("percentile");
        }

        @Override
        public TableShape shape(CsvSource file) {
            return new TableShape(
                    "screening_result",
                    "student_id",
                    List.of("student_id", "domain", "measure", "administered_on"),
                    List.of("screening_window", "score", "percentile"));
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String student = cells.text(STUDENT, true, 64);
            Map<String, Object> c = columns(
                    "domain",
                    cells.identifier("domain"),
                    "measure",
                    cells.identifier("measure"),
                    "screening_window",
                    cells.window("window"),
                    "administered_on",
                    cells.pastDate("administered_on", true),
                    "score",
                    cells.number("score"),
                    "percentile",
                    cells.percentile("percentile"));
            return row(row, cells, student, c);
        }
    }

    static final class Progress implements FileKind {
        @Override
        public String name() {
            return "progress";
        }

        @Override
        public Set<String> required() {
            return Set.of(STUDENT, "domain", "measure", "administered_on", "score");
        }

        @Override
        public Set<String> optional() {
            return Set.of();
        }

        @Override
        public TableShape shape(CsvSource file) {
            return new TableShape(
                    "progress_point",
                    "student_id",
                    List.of("student_id", "domain", "measure", "administered_on"),
                    List.of("score"));
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String student = cells.text(STUDENT, true, 64);
            Map<String, Object> c = columns(
                    "domain",
                    cells.identifier("domain"),
                    "measure",
                    cells.identifier("measure"),
                    "administered_on",
                    cells.pastDate("administered_on", true),
                    "score",
                    cells.number("score"));
            return row(row, cells, student, c);
        }
    }

    static final class Goals implements FileKind {
        @Override
        public String name() {
            return "goals";
        }

        @Override
        public Set<String> required() {
            return Set.of(STUDENT, "domain", "measure", "baseline_score", "baseline_date", "goal_score", "goal_date");
        }

        @Override
        public Set<String> optional() {
            return Set.of();
        }

        @Override
        public TableShape shape(CsvSource file) {
            return new TableShape(
                    "goal",
                    "student_id",
                    List.of("student_id", "domain"),
                    List.of("measure", "baseline_score", "baseline_date", "goal_score", "goal_date"));
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String student = cells.text(STUDENT, true, 64);
            LocalDate baseline = cells.date("baseline_date", true);
            LocalDate goal = cells.date("goal_date", true);
            if (baseline != null && goal != null && !goal.isAfter(baseline)) {
                cells.error("goal_date", "goal_date " + goal + " is not after baseline_date " + baseline);
            }
            Map<String, Object> c = columns(
                    "domain",
                    cells.identifier("domain"),
                    "measure",
                    cells.identifier("measure"),
                    "baseline_score",
                    cells.number("baseline_score"),
                    "baseline_date",
                    baseline,
                    "goal_score",
                    cells.number("goal_score"),
                    "goal_date",
                    goal);
            return row(row, cells, student, c);
        }
    }

    static final class SpecialEducation implements FileKind {
        @Override
        public String name() {
            return "special-education";
        }

        @Override
        public Set<String> required() {
            return Set.of(STUDENT, "kind", "start_date", "annual_review_date");
        }

        @Override
        public Set<String> optional() {
            return Set.of("domains", "reevaluation_date", "accommodations");
        }

        @Override
        public TableShape shape(CsvSource file) {
            return new TableShape(
                    "special_education_plan",
                    "student_id",
                    List.of("student_id", "kind"),
                    List.of("domains", "start_date", "annual_review_date", "reevaluation_date", "accommodations"));
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String student = cells.text(STUDENT, true, 64);
            String kind = cells.text("kind", true, 8);
            if (kind != null && !kind.equals("IEP") && !kind.equals("504")) {
                cells.error("kind", "kind '" + kind + "' is not IEP or 504");
            }
            List<String> domains = cells.list("domains", true);
            if ("IEP".equals(kind) && domains != null && domains.isEmpty()) {
                cells.error("domains", "an IEP must name the domains it covers");
            }
            LocalDate start = cells.date("start_date", true);
            LocalDate review = cells.date("annual_review_date", true);
            LocalDate reevaluation = cells.date("reevaluation_date", false);
            if ("504".equals(kind) && reevaluation != null) {
                cells.error("reevaluation_date", "a 504 plan has no reevaluation date");
            }
            if (start != null && review != null && review.isBefore(start)) {
                cells.error("annual_review_date", "annual_review_date " + review + " is before start_date " + start);
            }
            List<String> accommodations = cells.list("accommodations", false);
            Map<String, Object> c = columns(
                    "kind",
                    kind,
                    "domains",
                    domains == null ? null : String.join(";", domains),
                    "start_date",
                    start,
                    "annual_review_date",
                    review,
                    "reevaluation_date",
                    reevaluation,
                    "accommodations",
                    String.join(";", accommodations));
            return row(row, cells, student, c);
        }
    }

    static final class Referrals implements FileKind {
        @Override
        public String name() {
            return "referrals";
        }

        @Override
        public Set<String> required() {
            return Set.of(STUDENT, "domain", "consent_date");
        }

        @Override
        public Set<String> optional() {
            return Set.of("evaluation_completed_on");
        }

        @Override
        public TableShape shape(CsvSource file) {
            return new TableShape(
                    "referral",
                    "student_id",
                    List.of("student_id", "domain", "consent_date"),
                    List.of("evaluation_completed_on"));
        }

        @Override
        public ParsedRow parse(SourceRow row, Cells cells) {
            String student = cells.text(STUDENT, true, 64);
            LocalDate consent = cells.pastDate("consent_date", true);
            LocalDate completed = cells.pastDate("evaluation_completed_on", false);
            if (consent != null && completed != null && completed.isBefore(consent)) {
                cells.error(
                        "evaluation_completed_on",
                        "evaluation_completed_on " + completed + " is before consent_date " + consent);
            }
            Map<String, Object> c = columns(
                    "domain",
                    cells.identifier("domain"),
                    "consent_date",
                    consent,
                    "evaluation_completed_on",
                    completed);
            return row(row, cells, student, c);
        }
    }
}
