package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.domain.Grade;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Imports a OneRoster 1.1 or 1.2 CSV bundle: orgs of type school become schools, users with the student role become
 * students (in 1.2 the role and the school come from roles.csv), and status tobedeleted withdraws a student, who is
 * kept. Other orgs and users are passed over and not counted. The zip is read whole, within the import limits, before
 * anything is stored; then the schools, then the students in chunks of 1,000.
 */
final class OneRosterImporter {
    private final DataSource dataSource;
    private final ImportLimits limits;

    OneRosterImporter(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /** Reads the whole zip within the limits before anything is stored (see {@link OneRosterBundle}). */
    DistrictFile open(InputStream zip) {
        OneRosterBundle bundle = OneRosterBundle.read(zip, limits);
        return new DistrictFile() {
            @Override
            public ImportOutcome importRows() {
                return run(bundle);
            }

            @Override
            public void close() {
                bundle.close();
            }
        };
    }

    private ImportOutcome run(OneRosterBundle files) {
        ImportReport report = new ImportReport("oneroster");
        Set<String> changed = new LinkedHashSet<>();
        Map<String, String> schoolNames = new HashMap<>();
        if (files.has("orgs.csv")) {
            schools(files.open("orgs.csv"), report, schoolNames);
        }
        Map<String, String> studentSchool = files.has("roles.csv") ? studentRoles(files.open("roles.csv")) : null;
        students(files.open("users.csv"), studentSchool, report, changed);
        return new ImportOutcome(report, changed);
    }

    private void schools(InputStream orgs, ImportReport report, Map<String, String> names) {
        try (CsvSource file = new CsvSource(
                orgs,
                "orgs.csv",
                Set.of("sourcedid", "name", "type"),
                Set.of("sourcedid", "name", "type", "status"),
                limits)) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                for (SourceRow row : file) {
                    if (!row.get("type").equalsIgnoreCase("school")) {
                        continue;
                    }
                    report.read();
                    String id = row.get("sourcedid");
                    String name = row.get("name");
                    if (id.isEmpty() || name.isEmpty()) {
                        report.rejected(List.of(new RowError(
                                row.line(),
                                id.isEmpty() ? "orgs.csv sourcedId" : "orgs.csv name",
                                "orgs.csv line " + row.line() + ": " + (id.isEmpty() ? "sourcedId" : "name")
                                        + " is required")));
                        continue;
                    }
                    Map<String, Long> known = CsvImporter.idsOf(c, "school", List.of(id));
                    if (known.isEmpty()) {
                        CsvImporter.createSchool(c, id, name);
                        report.imported();
                    } else if (!name.equals(nameOf(c, known.get(id)))) {
                        CsvImporter.renameSchool(c, known.get(id), name);
                        report.imported();
                    } else {
                        report.unchanged();
                    }
                    names.put(id, name);
                }
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
    }

    private static String nameOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select name from school where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** OneRoster 1.2: userSourcedId → the school of the user's (primary) student role. */
    private Map<String, String> studentRoles(InputStream roles) {
        Map<String, String> schools = new HashMap<>();
        try (CsvSource file = new CsvSource(
                roles,
                "roles.csv",
                Set.of("usersourcedid", "role", "orgsourcedid"),
                Set.of("usersourcedid", "role", "orgsourcedid", "roletype", "status"),
                limits)) {
            for (SourceRow row : file) {
                if (row.get("role").equalsIgnoreCase("student") && !"tobedeleted".equalsIgnoreCase(row.get("status"))) {
                    boolean primary = !row.get("roletype").equalsIgnoreCase("secondary");
                    if (primary || !schools.containsKey(row.get("usersourcedid"))) {
                        schools.put(row.get("usersourcedid"), row.get("orgsourcedid"));
                    }
                }
            }
        }
        return schools;
    }

    private void students(
            InputStream users, Map<String, String> studentSchool, ImportReport report, Set<String> changed) {
        boolean v12 = studentSchool != null;
        Set<String> required = v12
                ? Set.of("sourcedid", "givenname", "familyname")
                : Set.of("sourcedid", "givenname", "familyname", "role", "orgsourcedids");
        Set<String> known = Set.of(
                "sourcedid",
                "status",
                "givenname",
                "familyname",
                "role",
                "orgsourcedids",
                "grades",
                "enableduser",
                "username");
        try (CsvSource file = new CsvSource(users, "users.csv", required, known, limits)) {
            List<ParsedRow> chunk = new ArrayList<>();
            List<String> withdrawn = new ArrayList<>();
            TableShape shape = new TableShape(
                    "student",
                    "sourced_id",
                    List.of("sourced_id"),
                    List.of("given_name", "family_name", "grade", "school_id"));
            for (SourceRow row : file) {
                String id = row.get("sourcedid");
                String school = v12 ? studentSchool.get(id) : firstSchool(row.get("orgsourcedids"));
                boolean student = v12
                        ? studentSchool.containsKey(id) || isStudentRow(row)
                        : row.get("role").equalsIgnoreCase("student");
                if (!student) {
                    continue;
                }
                report.read();
                if ("tobedeleted".equalsIgnoreCase(row.get("status"))) {
                    withdrawn.add(id);
                    continue;
                }
                List<RowError> errors = new ArrayList<>();
                String grade = firstGrade(row.get("grades"));
                check(errors, row, id.isEmpty(), "sourcedId", "sourcedId is required");
                check(errors, row, row.get("givenname").isEmpty(), "givenName", "givenName is required");
                check(errors, row, row.get("familyname").isEmpty(), "familyName", "familyName is required");
                check(errors, row, grade.isEmpty(), "grades", "grades is required for a student");
                check(
                        errors,
                        row,
                        !grade.isEmpty() && !Grade.isOneRosterCode(grade),
                        "grades",
                        "grades '" + grade + "' is not a OneRoster grade code");
                check(
                        errors,
                        row,
                        school == null || school.isEmpty(),
                        v12 ? "roles.csv orgSourcedId" : "orgSourcedIds",
                        "the student has no school");
                if (!errors.isEmpty()) {
                    report.rejected(errors);
                    continue;
                }
                Map<String, Object> columns = new HashMap<>();
                columns.put("sourced_id", id);
                columns.put("given_name", row.get("givenname"));
                columns.put("family_name", row.get("familyname"));
                columns.put("grade", grade);
                columns.put("school_sourced_id", school);
                chunk.add(new ParsedRow(row.line(), id, columns));
                if (chunk.size() >= CsvImporter.CHUNK) {
                    store(shape, chunk, report, changed);
                    chunk.clear();
                }
            }
            store(shape, chunk, report, changed);
            withdraw(withdrawn, report, changed);
        }
    }

    private static boolean isStudentRow(SourceRow row) {
        return row.get("role").equalsIgnoreCase("student");
    }

    private static void check(List<RowError> errors, SourceRow row, boolean failed, String column, String message) {
        if (failed) {
            errors.add(new RowError(row.line(), column, "users.csv line " + row.line() + ": " + message));
        }
    }

    private void store(TableShape shape, List<ParsedRow> rows, ImportReport report, Set<String> changed) {
        for (int i = 0; i < rows.size(); i += CsvImporter.CHUNK) {
            List<ParsedRow> chunk = rows.subList(i, Math.min(rows.size(), i + CsvImporter.CHUNK));
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                Map<String, Long> schools = CsvImporter.idsOf(
                        c,
                        "school",
                        chunk.stream()
                                .map(r -> (String) r.columns().get("school_sourced_id"))
                                .toList());
                List<ParsedRow> resolved = new ArrayList<>();
                for (ParsedRow row : chunk) {
                    Long school = schools.get((String) row.columns().get("school_sourced_id"));
                    if (school == null) {
                        report.rejected(List.of(new RowError(
                                row.line(),
                                "orgSourcedIds",
                                "users.csv line " + row.line() + ": unknown school '"
                                        + row.columns().get("school_sourced_id") + "'")));
                    } else {
                        row.columns().put("school_id", school);
                        resolved.add(row);
                    }
                }
                ChunkWriter.Outcome outcome = new ChunkWriter().upsert(c, shape, resolved);
                try (PreparedStatement ps = c.prepareStatement(
                        "update student set withdrawn = false where sourced_id = ? and withdrawn = true")) {
                    for (ParsedRow row : resolved) {
                        ps.setString(1, row.studentSourcedId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                ChunkWriter.count(report, outcome);
                outcome.imported().forEach(r -> changed.add(r.studentSourcedId()));
            } catch (SQLException e) {
                throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
            }
        }
    }

    /** tobedeleted: the student is withdrawn and kept, never erased. */
    private void withdraw(List<String> ids, ImportReport report, Set<String> changed) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update student set withdrawn = true where sourced_id = ? and withdrawn = false")) {
            for (String id : ids) {
                ps.setString(1, id);
                if (ps.executeUpdate() == 1) {
                    report.imported();
                    changed.add(id);
                } else {
                    report.unchanged();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
    }

    private static String firstSchool(String orgs) {
        return orgs.split(",")[0].trim();
    }

    private static String firstGrade(String grades) {
        return grades.split(",")[0].trim();
    }
}
