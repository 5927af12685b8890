package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.importing.domain.WithdrawalPlan;
import com.tiered.importing.domain.WithdrawalsUnconfirmed;
import com.tiered.importing.infrastructure.OneRosterManifest.Mode;
import com.tiered.shared.domain.Grade;
import com.tiered.shared.infrastructure.Jdbc;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Imports a OneRoster 1.0, 1.1 or 1.2 CSV bundle: orgs of type school become schools, users with the student role
 * become students (in 1.2 the role and the school come from roles.csv), and status tobedeleted withdraws a student,
 * who is kept. Other orgs and users are passed over and not counted. manifest.csv says the version and whether
 * users.csv is bulk — then the active students of the bundle's schools whom it leaves out are withdrawn too, a school
 * losing more than a fifth of them only when the caller confirms — or a delta, which changes only the rows it lists.
 * The zip is read whole, within the import limits, and the withdrawals planned before anything is stored; then the
 * schools, then the students in chunks of 1,000, then the withdrawals. A student listed again as active is reactivated
 * and re-evaluated; a withdrawn one is never re-evaluated.
 */
final class OneRosterImporter {
    private final DataSource dataSource;
    private final ImportLimits limits;

    OneRosterImporter(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /**
     * Reads the whole zip within the limits (see {@link OneRosterBundle}) and its manifest, and plans the withdrawals
     * of a bulk users file, before anything is stored.
     *
     * @throws WithdrawalsUnconfirmed when a school would lose more than a fifth of its students unconfirmed
     */
    DistrictFile open(InputStream zip, ImportOptions options) {
        OneRosterBundle bundle = OneRosterBundle.read(zip, limits);
        try {
            OneRosterManifest manifest = OneRosterManifest.read(
                    bundle.has(OneRosterManifest.FILE) ? bundle.open(OneRosterManifest.FILE) : null,
                    bundle.names(),
                    limits);
            if (!bundle.has("users.csv") && !manifest.saysAbsent("users.csv")) {
                throw new FileRefused("The OneRoster bundle must be a zip with users.csv (or with a manifest.csv"
                        + " that says file.users,absent)");
            }
            StudentRoles roles = StudentRoles.read(bundle, manifest, dataSource, limits);
            List<String> notes = new ArrayList<>();
            WithdrawalPlan plan = manifest.mode("users.csv") == Mode.BULK
                    ? new BulkWithdrawals(dataSource, limits).plan(bundle, manifest, roles, notes)
                    : WithdrawalPlan.NONE;
            plan.requireConfirmation(options.confirmWithdrawals());
            return new DistrictFile() {
                @Override
                public ImportOutcome importRows() {
                    return run(bundle, manifest, roles, plan, notes);
                }

                @Override
                public void close() {
                    bundle.close();
                }
            };
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    private ImportOutcome run(
            OneRosterBundle files,
            OneRosterManifest manifest,
            StudentRoles roles,
            WithdrawalPlan plan,
            List<String> notes) {
        ImportReport report = new ImportReport("oneroster");
        manifest.describe(report);
        notes.forEach(note -> report.warn(0, note));
        Set<String> changed = new LinkedHashSet<>();
        Set<String> withdrawn = new HashSet<>();
        if (manifest.reads("orgs.csv")) {
            schools(files.open("orgs.csv"), report, new HashMap<>());
        }
        if (manifest.reads("users.csv")) {
            students(files, manifest, roles, report, changed, withdrawn);
        }
        withdrawLeftOut(plan.students(), report, withdrawn);
        changed.removeAll(withdrawn);
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
                // A school another import creates meanwhile must be visible to the second read below: InnoDB's
                // default (repeatable read) would show this transaction's first snapshot again.
                int isolation = c.getTransactionIsolation();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(false);
                try {
                    schoolRows(c, file, report, names);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                    c.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
    }

    private static void schoolRows(Connection c, CsvSource file, ImportReport report, Map<String, String> names)
            throws SQLException {
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
            Long school = CsvImporter.idsOf(c, "school", List.of(id)).get(id);
            if (school == null && created(c, id, name)) {
                report.imported();
            } else {
                if (school == null) {
                    school = CsvImporter.idsOf(c, "school", List.of(id)).get(id);
                    if (school == null) {
                        throw new SQLException("the school '" + id + "' could neither be created nor found");
                    }
                }
                if (!name.equals(nameOf(c, school))) {
                    CsvImporter.renameSchool(c, school, name);
                    report.imported();
                } else {
                    report.unchanged();
                }
            }
            names.put(id, name);
        }
    }

    /**
     * Creates the school, unless another import created it after this one looked (two bundles at once): then the
     * statement fails on the unique key, alone (the transaction goes on), and the caller reads the school again.
     */
    private static boolean created(Connection c, String id, String name) throws SQLException {
        try {
            CsvImporter.createSchool(c, id, name);
            return true;
        } catch (SQLIntegrityConstraintViolationException createdMeanwhile) {
            return false;
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

    private void students(
            OneRosterBundle files,
            OneRosterManifest manifest,
            StudentRoles roles,
            ImportReport report,
            Set<String> changed,
            Set<String> withdrawn) {
        try (CsvSource file = StudentRoles.openUsers(files, manifest.version(), limits)) {
            // By sourcedId: a student listed twice is written once, as the later row says (as in every CSV import).
            Map<String, ParsedRow> chunk = new LinkedHashMap<>();
            KeyLines seen = new KeyLines(CsvImporter.KEYS_REMEMBERED);
            Set<String> toWithdraw = new LinkedHashSet<>();
            TableShape shape = new TableShape(
                    "student",
                    "sourced_id",
                    List.of("sourced_id"),
                    List.of("given_name", "family_name", "grade", "school_id", "withdrawn"));
            for (SourceRow row : file) {
                if (row.unreadable()) {
                    report.read();
                    report.rejected(List.of(
                            new RowError(row.line(), "", "users.csv line " + row.line() + ": " + row.formProblem())));
                    continue;
                }
                if (!roles.isStudent(row)) {
                    continue;
                }
                report.read();
                String id = row.get("sourcedid");
                if (roles.withdraws(row)) {
                    if (repeated(seen, row, id, report) && (chunk.remove(id) != null || toWithdraw.contains(id))) {
                        report.unchanged(); // the earlier row, still unwritten, gives way
                    }
                    toWithdraw.add(id);
                    continue;
                }
                String school = roles.school(row);
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
                check(errors, row, school.isEmpty(), roles.schoolColumn(), "the student has no school");
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
                // Listed as active: a withdrawn student comes back (a change, counted as imported).
                columns.put("withdrawn", false);
                if (repeated(seen, row, id, report) && (chunk.remove(id) != null || toWithdraw.remove(id))) {
                    report.unchanged(); // the earlier row, still unwritten, gives way
                }
                chunk.put(id, new ParsedRow(row.line(), id, columns));
                if (chunk.size() >= CsvImporter.CHUNK) {
                    store(shape, new ArrayList<>(chunk.values()), roles.schoolColumn(), report, changed);
                    chunk.clear();
                }
            }
            store(shape, new ArrayList<>(chunk.values()), roles.schoolColumn(), report, changed);
            withdrawListed(new ArrayList<>(toWithdraw), report, withdrawn);
        }
    }

    /**
     * Whether the student was listed on an earlier line (warned about: the later row wins, as in every CSV import);
     * records this line either way.
     */
    private static boolean repeated(KeyLines seen, SourceRow row, String id, ImportReport report) {
        long fingerprint = CsvImporter.fingerprint(id);
        long earlier = seen.get(fingerprint);
        seen.put(fingerprint, row.line());
        if (earlier == 0) {
            return false;
        }
        report.warn(
                row.line(),
                "users.csv line " + row.line() + " repeats the sourcedId '" + id + "' of line " + earlier
                        + "; the later row wins");
        return true;
    }

    private static void check(List<RowError> errors, SourceRow row, boolean failed, String column, String message) {
        if (failed) {
            errors.add(new RowError(row.line(), column, "users.csv line " + row.line() + ": " + message));
        }
    }

    /**
     * Writes a batch of students. Another import that wrote some of them after this one looked (two bundles at once)
     * fails the batch on the unique key: it is written once more, and reads them this time.
     */
    private void store(
            TableShape shape, List<ParsedRow> rows, String schoolColumn, ImportReport report, Set<String> changed) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            storeOnce(shape, rows, schoolColumn, report, changed);
        } catch (StoredMeanwhile first) {
            try {
                storeOnce(shape, rows, schoolColumn, report, changed);
            } catch (StoredMeanwhile again) {
                throw new IllegalStateException(
                        "The database failed during the import: " + again.getMessage(), again.getCause());
            }
        }
    }

    /** A batch met rows another import inserted after this one read: nothing of the batch was kept. */
    private static final class StoredMeanwhile extends RuntimeException {
        StoredMeanwhile(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A unique key met (SQLState class 23), here or in the batch's first failed row. */
    private static boolean violatesAKey(SQLException e) {
        for (SQLException at = e; at != null; at = at.getNextException()) {
            if ((at.getSQLState() != null && at.getSQLState().startsWith("23"))
                    || at.getCause() instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return e instanceof SQLIntegrityConstraintViolationException;
    }

    private void storeOnce(
            TableShape shape, List<ParsedRow> rows, String schoolColumn, ImportReport report, Set<String> changed) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> schools = CsvImporter.idsOf(
                    c,
                    "school",
                    rows.stream()
                            .map(r -> (String) r.columns().get("school_sourced_id"))
                            .toList());
            List<ParsedRow> resolved = new ArrayList<>();
            List<RowError> unknownSchools = new ArrayList<>(); // reported once the batch is kept, not per attempt
            for (ParsedRow row : rows) {
                Long school = schools.get((String) row.columns().get("school_sourced_id"));
                if (school == null) {
                    unknownSchools.add(new RowError(
                            row.line(),
                            schoolColumn,
                            "users.csv line " + row.line() + ": unknown school '"
                                    + row.columns().get("school_sourced_id") + "'"));
                } else {
                    row.columns().put("school_id", school);
                    resolved.add(row);
                }
            }
            Set<String> wasWithdrawn = studentsWhere(
                    c, true, resolved.stream().map(ParsedRow::studentSourcedId).toList());
            ChunkWriter.Outcome outcome;
            try {
                outcome = new ChunkWriter().upsert(c, shape, resolved);
            } catch (SQLException e) {
                c.rollback();
                if (violatesAKey(e)) {
                    throw new StoredMeanwhile(e);
                }
                throw e;
            }
            c.commit();
            unknownSchools.forEach(error -> report.rejected(List.of(error)));
            ChunkWriter.count(report, outcome);
            for (ParsedRow row : outcome.imported()) {
                changed.add(row.studentSourcedId());
                if (wasWithdrawn.contains(row.studentSourcedId())) {
                    report.studentReactivated();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
    }

    /**
     * Rows whose status withdraws the student (tobedeleted): an active student is withdrawn and kept, never erased,
     * and the row counts as imported; an unknown or already withdrawn one as unchanged. One query and one batch per
     * 1,000 rows.
     */
    private void withdrawListed(List<String> ids, ImportReport report, Set<String> withdrawn) {
        forChunks(ids, (c, part) -> {
            Set<String> active = studentsWhere(c, false, part);
            withdraw(c, active);
            for (String id : part) {
                if (active.contains(id) && withdrawn.add(id)) {
                    report.imported();
                    report.studentWithdrawn();
                } else {
                    report.unchanged();
                }
            }
        });
    }

    /** The students a bulk users file leaves out (planned when the bundle was opened); they are not rows. */
    private void withdrawLeftOut(List<String> ids, ImportReport report, Set<String> withdrawn) {
        forChunks(ids, (c, part) -> {
            Set<String> active = studentsWhere(c, false, part);
            withdraw(c, active);
            for (String id : active) {
                if (withdrawn.add(id)) {
                    report.studentWithdrawn();
                }
            }
        });
    }

    private interface ChunkWork {
        void run(Connection c, List<String> ids) throws SQLException;
    }

    /** Each 1,000 ids in a transaction of their own, as the rows are written. */
    private void forChunks(List<String> ids, ChunkWork work) {
        for (int from = 0; from < ids.size(); from += CsvImporter.CHUNK) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + CsvImporter.CHUNK));
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                work.run(c, part);
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
            }
        }
    }

    /** Which of the given students are stored with {@code withdrawn} as given: one query. */
    private static Set<String> studentsWhere(Connection c, boolean withdrawn, List<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return found;
        }
        for (List<String> part : Jdbc.parts(distinct, Jdbc.IN_LIST)) {
            try (PreparedStatement ps = c.prepareStatement("select sourced_id from student where withdrawn = ?"
                    + " and sourced_id in (" + Jdbc.marks(part.size()) + ")")) {
                ps.setBoolean(1, withdrawn);
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 2, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    private static void withdraw(Connection c, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update student set withdrawn = true where sourced_id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String firstGrade(String grades) {
        return grades.split(",")[0].trim();
    }
}
