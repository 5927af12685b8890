package com.tiered.importing.infrastructure;

import static com.tiered.importing.infrastructure.CellRead.date;
import static com.tiered.importing.infrastructure.CellRead.grade;
import static com.tiered.importing.infrastructure.CellRead.identifier;
import static com.tiered.importing.infrastructure.CellRead.number;
import static com.tiered.importing.infrastructure.CellRead.optionalDate;
import static com.tiered.importing.infrastructure.CellRead.optionalFlag;
import static com.tiered.importing.infrastructure.CellRead.optionalIdentifiers;
import static com.tiered.importing.infrastructure.CellRead.optionalItems;
import static com.tiered.importing.infrastructure.CellRead.optionalPastDate;
import static com.tiered.importing.infrastructure.CellRead.optionalPercentile;
import static com.tiered.importing.infrastructure.CellRead.optionalText;
import static com.tiered.importing.infrastructure.CellRead.pastDate;
import static com.tiered.importing.infrastructure.CellRead.text;
import static com.tiered.importing.infrastructure.CellRead.window;

import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.infrastructure.FileKindSpec.RowCheck;
import java.time.LocalDate;
import java.util.List;

/**
 * The import files of docs/api.md, one per kind, with their columns, checks and keys. Columns are listed in the order
 * a row is read, which is the order a row's errors are reported in.
 */
final class FileKinds {
    static final String STUDENT = "student_sourced_id";

    static final FileKind STUDENTS = FileKindSpec.named("students")
            .writes(
                    "student",
                    "sourced_id",
                    List.of("sourced_id"),
                    List.of("given_name", "family_name", "grade", "school_id", "ell"))
            // A roster without the column leaves each student's ELL status as it was.
            .writesOnlyIfInFile("ell")
            .column("sourced_id", text(64))
            .rowsAreStudents("sourced_id")
            .column("given_name", text(100))
            .column("family_name", text(100))
            .column("grade", grade())
            .column("school_id", "school_sourced_id", text(64))
            .column("school_name", optionalText(200))
            .column("ell", optionalFlag())
            .build();

    static final FileKind SCREENING = FileKindSpec.named("screening")
            .writes(
                    "screening_result",
                    "student_id",
                    List.of("student_id", "domain", "measure", "administered_on"),
                    List.of("screening_window", "score", "percentile"))
            .student()
            .column("domain", identifier())
            .column("measure", identifier())
            .column("window", "screening_window", window())
            .column("administered_on", pastDate())
            .column("score", number())
            .column("percentile", optionalPercentile())
            .build();

    static final FileKind PROGRESS = FileKindSpec.named("progress")
            .writes(
                    "progress_point",
                    "student_id",
                    List.of("student_id", "domain", "measure", "administered_on"),
                    List.of("score"))
            .student()
            .column("domain", identifier())
            .column("measure", identifier())
            .column("administered_on", pastDate())
            .column("score", number())
            .build();

    static final FileKind GOALS = FileKindSpec.named("goals")
            .writes(
                    "goal",
                    "student_id",
                    List.of("student_id", "domain"),
                    List.of("measure", "baseline_score", "baseline_date", "goal_score", "goal_date"))
            .student()
            .column("baseline_date", date())
            .column("goal_date", date())
            .check(after("goal_date", "baseline_date"))
            .column("domain", identifier())
            .column("measure", identifier())
            .column("baseline_score", number())
            .column("goal_score", number())
            .build();

    static final FileKind SPECIAL_EDUCATION = FileKindSpec.named("special-education")
            .writes(
                    "special_education_plan",
                    "student_id",
                    List.of("student_id", "kind"),
                    List.of("domains", "start_date", "annual_review_date", "reevaluation_date", "accommodations"))
            .student()
            .column("kind", text(8))
            .check(FileKinds::iepOr504)
            .column("domains", optionalIdentifiers())
            .check(FileKinds::anIepNamesItsDomains)
            .column("start_date", date())
            .column("annual_review_date", date())
            .column("reevaluation_date", optionalDate())
            .check(FileKinds::no504Reevaluation)
            .check(notBefore("annual_review_date", "start_date"))
            .column("accommodations", optionalItems())
            .build();

    static final FileKind REFERRALS = FileKindSpec.named("referrals")
            .writes(
                    "referral",
                    "student_id",
                    List.of("student_id", "domain", "consent_date"),
                    List.of("evaluation_completed_on"))
            .student()
            .column("domain", identifier())
            .column("consent_date", pastDate())
            .column("evaluation_completed_on", optionalPastDate())
            .check(notBefore("evaluation_completed_on", "consent_date"))
            .build();

    private FileKinds() {}

    static FileKind of(ImportKind kind) {
        return switch (kind) {
            case STUDENTS -> STUDENTS;
            case SCREENING -> SCREENING;
            case PROGRESS -> PROGRESS;
            case GOALS -> GOALS;
            case SPECIAL_EDUCATION -> SPECIAL_EDUCATION;
            case REFERRALS -> REFERRALS;
            case ONEROSTER -> throw new IllegalArgumentException("OneRoster bundles are zip files, not one CSV");
        };
    }

    /** {@code later} must be after {@code earlier} when both are given. */
    private static RowCheck after(String later, String earlier) {
        return (row, cells) -> {
            LocalDate l = row.date(later);
            LocalDate e = row.date(earlier);
            if (l != null && e != null && !l.isAfter(e)) {
                cells.error(later, later + " " + l + " is not after " + earlier + " " + e);
            }
        };
    }

    /** {@code later} may not be before {@code earlier} when both are given. */
    private static RowCheck notBefore(String later, String earlier) {
        return (row, cells) -> {
            LocalDate l = row.date(later);
            LocalDate e = row.date(earlier);
            if (l != null && e != null && l.isBefore(e)) {
                cells.error(later, later + " " + l + " is before " + earlier + " " + e);
            }
        };
    }

    private static void iepOr504(FileKindSpec.Values row, Cells cells) {
        String kind = row.text("kind");
        if (kind != null && !kind.equals("IEP") && !kind.equals("504")) {
            cells.error("kind", "kind '" + kind + "' is not IEP or 504");
        }
    }

    private static void anIepNamesItsDomains(FileKindSpec.Values row, Cells cells) {
        String domains = row.text("domains"); // ;-joined: empty when the cell names none, null when it is wrong
        if ("IEP".equals(row.text("kind")) && domains != null && domains.isEmpty()) {
            cells.error("domains", "an IEP must name the domains it covers");
        }
    }

    private static void no504Reevaluation(FileKindSpec.Values row, Cells cells) {
        if ("504".equals(row.text("kind")) && row.date("reevaluation_date") != null) {
            cells.error("reevaluation_date", "a 504 plan has no reevaluation date");
        }
    }
}
