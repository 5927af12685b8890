package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport.RowError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The columns each import file must and may have (docs/api.md), where its rows go, and how a row is checked. */
class FileKindsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void eachFileHasTheColumnsTheApiDocumentNames() {
        assertColumns(
                ImportKind.STUDENTS,
                Set.of("sourced_id", "given_name", "family_name", "grade", "school_id"),
                Set.of("school_name", "ell"));
        assertColumns(
                ImportKind.SCREENING,
                Set.of("student_sourced_id", "domain", "measure", "window", "administered_on", "score"),
                Set.of("percentile"));
        assertColumns(
                ImportKind.PROGRESS,
                Set.of("student_sourced_id", "domain", "measure", "administered_on", "score"),
                Set.of());
        assertColumns(
                ImportKind.GOALS,
                Set.of(
                        "student_sourced_id",
                        "domain",
                        "measure",
                        "baseline_score",
                        "baseline_date",
                        "goal_score",
                        "goal_date"),
                Set.of());
        assertColumns(
                ImportKind.SPECIAL_EDUCATION,
                Set.of("student_sourced_id", "kind", "start_date", "annual_review_date"),
                Set.of("domains", "reevaluation_date", "accommodations"));
        assertColumns(
                ImportKind.REFERRALS,
                Set.of("student_sourced_id", "domain", "consent_date"),
                Set.of("evaluation_completed_on"));
    }

    private static void assertColumns(ImportKind kind, Set<String> required, Set<String> optional) {
        FileKind file = FileKinds.of(kind);
        assertEquals(required, file.required(), kind + " required");
        assertEquals(optional, file.optional(), kind + " optional");
    }

    @Test
    void aRosterWithoutTheEllColumnLeavesEachStudentsEllAsItWas() {
        FileKind students = FileKinds.of(ImportKind.STUDENTS);
        assertEquals(
                List.of("given_name", "family_name", "grade", "school_id"),
                students.shape(source(students, "sourced_id,given_name,family_name,grade,school_id\n"))
                        .valueColumns());
        assertEquals(
                List.of("given_name", "family_name", "grade", "school_id", "ell"),
                students.shape(source(students, "sourced_id,given_name,family_name,grade,school_id,ell\n"))
                        .valueColumns());
    }

    @Test
    void aStudentRowIsItsOwnStudentWithItsSchoolToResolve() {
        ParsedRow row = parse(
                ImportKind.STUDENTS,
                Map.of(
                        "sourced_id", "S1",
                        "given_name", "Ana",
                        "family_name", "Silva",
                        "grade", "03",
                        "school_id", "sch-1"));
        assertEquals("S1", row.studentSourcedId());
        assertEquals(
                List.of("S1", "Ana", "03", "sch-1", false),
                row.values(List.of("sourced_id", "given_name", "grade", "school_sourced_id", "ell")));
        assertNull(row.columns().get("school_name"));
    }

    @Test
    void aScreeningRowStoresTheWindowAndNamesItsStudent() {
        ParsedRow row = parse(
                ImportKind.SCREENING,
                Map.of(
                        "student_sourced_id", "S1",
                        "domain", "READING",
                        "measure", "STAR_READING",
                        "window", "WINTER",
                        "administered_on", "2026-01-12",
                        "score", "500"));
        assertEquals("S1", row.studentSourcedId());
        assertEquals(
                List.of("READING", "WINTER", LocalDate.of(2026, 1, 12), 500.0),
                row.values(List.of("domain", "screening_window", "administered_on", "score")));
        assertNull(row.columns().get("percentile"));
    }

    @Test
    void aRowsErrorsComeInTheOrderItsColumnsAreRead() {
        List<RowError> errors = errors(
                ImportKind.GOALS,
                Map.of(
                        "student_sourced_id", "S1",
                        "domain", "reading",
                        "measure", "ORF",
                        "baseline_score", "10",
                        "baseline_date", "2026-01-10",
                        "goal_score", "x",
                        "goal_date", "2026-01-10"));
        assertEquals(
                List.of(
                        new RowError(2, "goal_date", "goal_date 2026-01-10 is not after baseline_date 2026-01-10"),
                        new RowError(
                                2,
                                "domain",
                                "domain 'reading' is not an identifier (capital letters A-Z, digits and _)"),
                        new RowError(2, "goal_score", "goal_score 'x' is not a number")),
                errors);
    }

    @Test
    void specialEducationPlansAreCheckedAcrossTheirColumns() {
        assertEquals(
                List.of(
                        "an IEP must name the domains it covers",
                        "annual_review_date 2025-08-01 is before start_date 2025-09-01"),
                messages(errors(
                        ImportKind.SPECIAL_EDUCATION,
                        Map.of(
                                "student_sourced_id", "S1",
                                "kind", "IEP",
                                "start_date", "2025-09-01",
                                "annual_review_date", "2025-08-01"))));
        assertEquals(
                List.of("a 504 plan has no reevaluation date"),
                messages(errors(
                        ImportKind.SPECIAL_EDUCATION,
                        Map.of(
                                "student_sourced_id", "S1",
                                "kind", "504",
                                "start_date", "2025-09-01",
                                "annual_review_date", "2026-09-01",
                                "reevaluation_date", "2028-09-01"))));
        assertEquals(
                List.of("kind 'IFSP' is not IEP or 504"),
                messages(errors(
                        ImportKind.SPECIAL_EDUCATION,
                        Map.of(
                                "student_sourced_id", "S1",
                                "kind", "IFSP",
                                "start_date", "2025-09-01",
                                "annual_review_date", "2026-09-01"))));
        ParsedRow iep = parse(
                ImportKind.SPECIAL_EDUCATION,
                Map.of(
                        "student_sourced_id", "S1",
                        "kind", "IEP",
                        "domains", "READING; MATH;READING",
                        "start_date", "2025-09-01",
                        "annual_review_date", "2026-09-01",
                        "accommodations", "Extended time;Breaks"));
        assertEquals(
                List.of("IEP", "READING;MATH", "Extended time;Breaks"),
                iep.values(List.of("kind", "domains", "accommodations")));
        assertNull(iep.columns().get("reevaluation_date"));
    }

    @Test
    void aReferralCannotBeCompletedBeforeConsentNorInTheFuture() {
        assertEquals(
                List.of(
                        "evaluation_completed_on 2026-01-05 is before consent_date 2026-01-10",
                        "evaluation_completed_on 2026-03-03 is after today (2026-03-02)"),
                List.of(
                                Map.of(
                                        "student_sourced_id", "S1",
                                        "domain", "MATH",
                                        "consent_date", "2026-01-10",
                                        "evaluation_completed_on", "2026-01-05"),
                                Map.of(
                                        "student_sourced_id", "S1",
                                        "domain", "MATH",
                                        "consent_date", "2026-01-10",
                                        "evaluation_completed_on", "2026-03-03"))
                        .stream()
                        .flatMap(values -> messages(errors(ImportKind.REFERRALS, values)).stream())
                        .toList());
    }

    private static CsvSource source(FileKind kind, String csv) {
        return new CsvSource(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "The file",
                kind.required(),
                kind.known(),
                ImportLimits.DEFAULTS);
    }

    private static ParsedRow parse(ImportKind kind, Map<String, String> values) {
        Cells cells = new Cells(new SourceRow(2, values, null, null), TODAY);
        ParsedRow row = FileKinds.of(kind).parse(new SourceRow(2, values, null, null), cells);
        assertEquals(List.of(), cells.errors());
        return row;
    }

    private static List<RowError> errors(ImportKind kind, Map<String, String> values) {
        SourceRow source = new SourceRow(2, values, null, null);
        Cells cells = new Cells(source, TODAY);
        assertNull(FileKinds.of(kind).parse(source, cells), "a row with errors is not parsed");
        return cells.errors();
    }

    private static List<String> messages(List<RowError> errors) {
        return errors.stream().map(RowError::message).toList();
    }
}
