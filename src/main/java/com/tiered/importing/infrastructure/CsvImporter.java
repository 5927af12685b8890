package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.domain.TooLarge;
import com.tiered.shared.infrastructure.Jdbc;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports one CSV file of a kind: rows are checked one by one and written in chunks, each chunk in its own
 * transaction, so a large file never lives in one transaction and a crash keeps what was committed (importing the
 * file again completes it). A row is stored whole or not at all.
 */
final class CsvImporter {
    private static final Logger LOG = Logger.getLogger(CsvImporter.class.getName());
    static final int CHUNK = ImportLimits.ROWS_PER_COMMIT;
    /** Tries of a chunk the database undid whole (a deadlock) before its rows are taken one by one. */
    private static final int ATTEMPTS = 3;
    /** How many keys the duplicate check remembers (32 MB); past it, new keys are no longer checked. */
    static final int KEYS_REMEMBERED = 2_000_000;

    private final DataSource dataSource;
    private final LocalDate today;
    private final ImportLimits limits;
    private final ChunkWriter writer = new ChunkWriter();

    CsvImporter(DataSource dataSource, LocalDate today, ImportLimits limits) {
        this.dataSource = dataSource;
        this.today = today;
        this.limits = limits;
    }

    /** Reads the header (a file refused whole is refused here, before anything is stored). */
    DistrictFile open(FileKind kind, InputStream in) {
        CsvSource file = new CsvSource(in, "The " + kind.name() + " file", kind.required(), kind.known(), limits);
        try {
            TableShape shape = kind.shape(file);
            return new DistrictFile() {
                @Override
                public ImportOutcome importRows() {
                    return run(kind, file, shape);
                }

                @Override
                public void close() {
                    file.close();
                }
            };
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private ImportOutcome run(FileKind kind, CsvSource file, TableShape shape) {
        ImportReport report = new ImportReport(kind.name());
        Set<String> changed = new java.util.LinkedHashSet<>();
        KeyLines seenKeys = new KeyLines(KEYS_REMEMBERED);
        LinkedHashMap<String, ParsedRow> chunk = new LinkedHashMap<>();
        try {
            for (SourceRow row : file) {
                report.read();
                if (row.formProblem() != null) {
                    report.rejected(List.of(
                            new RowError(row.line(), kind.columnLabel(row.problemColumn()), row.formProblem())));
                    continue;
                }
                Cells cells = new Cells(row, today);
                ParsedRow parsed = kind.parse(row, cells);
                if (parsed == null) {
                    report.rejected(cells.errors());
                    continue;
                }
                String key = identity(kind, shape, parsed);
                long fingerprint = fingerprint(key);
                long earlier = seenKeys.get(fingerprint);
                if (earlier != 0) {
                    report.warn(row.line(), "the row repeats the key of line " + earlier + "; the later row wins");
                    ParsedRow dropped = chunk.remove(key);
                    if (dropped != null) {
                        report.unchanged();
                    }
                }
                seenKeys.put(fingerprint, row.line());
                chunk.put(key, parsed);
                if (chunk.size() >= CHUNK) {
                    flush(kind, shape, new ArrayList<>(chunk.values()), report, changed);
                    chunk.clear();
                }
            }
        } catch (TooLarge e) {
            throw new TooLarge(e.getMessage() + " " + stored(report));
        }
        flush(kind, shape, new ArrayList<>(chunk.values()), report, changed);
        return new ImportOutcome(report, changed);
    }

    /** What an import stopped past a limit has stored: the chunks of 1,000 rows written before it. */
    private static String stored(ImportReport report) {
        if (report.rowsImported() == 0) {
            return "Nothing was stored.";
        }
        return "The import writes " + ImportLimits.count(CHUNK) + " rows at a time: " + report.rowsImported()
                + " rows were stored before it stopped; importing the corrected file completes the import.";
    }

    /** A 64-bit FNV-1a hash of a key: the duplicate check keeps these, not the keys, to bound its memory. */
    static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The row's key as the file names it (student sourcedId, not the internal id), for duplicates in the file. */
    private static String identity(FileKind kind, TableShape shape, ParsedRow row) {
        StringBuilder key = new StringBuilder(row.studentSourcedId() == null ? "" : row.studentSourcedId());
        for (String column : shape.keyColumns()) {
            if (!column.equals("student_id") && !column.equals("sourced_id")) {
                key.append('\u0001').append(row.columns().get(column));
            }
        }
        return key.toString();
    }

    private void flush(
            FileKind kind, TableShape shape, List<ParsedRow> rows, ImportReport report, Set<String> changed) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int attempt = 1; ; attempt++) {
                try {
                    List<List<RowError>> rejections = new ArrayList<>();
                    List<ParsedRow> resolved = resolve(c, kind, rows, rejections);
                    ChunkWriter.Outcome outcome = writer.upsert(c, shape, resolved);
                    c.commit();
                    rejections.forEach(report::rejected);
                    ChunkWriter.count(report, outcome);
                    outcome.imported().forEach(r -> changed.add(r.studentSourcedId()));
                    return;
                } catch (SQLException chunkFailure) {
                    c.rollback();
                    if (undoneWhole(chunkFailure) && attempt < ATTEMPTS) {
                        continue; // a deadlock or a lock wait, not a row's fault: the chunk again
                    }
                    LOG.log(
                            Level.INFO,
                            "A chunk of " + rows.size() + " rows failed (" + chunkFailure.getMessage()
                                    + "); storing them one by one",
                            chunkFailure);
                    rowByRow(c, kind, shape, rows, report, changed);
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the database undid the whole transaction (SQL state class 40: a deadlock, a serialization failure;
     * MySQL's driver puts a lock wait timeout there too), so that no row of the chunk is to blame.
     */
    private static boolean undoneWhole(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("40");
    }

    /**
     * After a chunk failed, each row alone: the good rows are taken, the bad one is rejected with the reason. Each row
     * is undone to its savepoint when it fails, and the chunk is still committed once — a server that stops meanwhile
     * keeps the whole chunk or none of it, never a part.
     */
    private void rowByRow(
            Connection c,
            FileKind kind,
            TableShape shape,
            List<ParsedRow> rows,
            ImportReport report,
            Set<String> changed)
            throws SQLException {
        List<List<RowError>> rejections = new ArrayList<>();
        List<ChunkWriter.Outcome> outcomes = new ArrayList<>();
        for (ParsedRow row : rows) {
            Savepoint before = c.setSavepoint();
            try {
                List<ParsedRow> resolved = resolve(c, kind, List.of(row), rejections);
                outcomes.add(writer.upsert(c, shape, resolved));
            } catch (SQLException e) {
                if (undoneWhole(e)) {
                    c.rollback(); // the savepoints went with the transaction: the import stops with the reason
                    throw e;
                }
                c.rollback(before);
                rejections.add(List.of(ChunkWriter.storeFailure(row, e)));
            }
        }
        c.commit();
        rejections.forEach(report::rejected);
        for (ChunkWriter.Outcome outcome : outcomes) {
            ChunkWriter.count(report, outcome);
            outcome.imported().forEach(r -> changed.add(r.studentSourcedId()));
        }
    }

    /** Puts the internal student (or school) ids into the rows; rows naming unknown ones are rejected. */
    private List<ParsedRow> resolve(Connection c, FileKind kind, List<ParsedRow> rows, List<List<RowError>> rejections)
            throws SQLException {
        if (!kind.refersToStudent()) {
            return resolveSchools(c, rows, rejections);
        }
        Map<String, Long> ids = idsOf(
                c, "student", rows.stream().map(ParsedRow::studentSourcedId).toList());
        List<ParsedRow> resolved = new ArrayList<>();
        for (ParsedRow row : rows) {
            Long id = ids.get(row.studentSourcedId());
            if (id == null) {
                rejections.add(List.of(unknownStudent(kind, row.line(), row.studentSourcedId())));
            } else {
                row.columns().put("student_id", id);
                resolved.add(row);
            }
        }
        return resolved;
    }

    static RowError unknownStudent(FileKind kind, long line, String student) {
        return new RowError(
                line,
                kind.columnLabel(FileKinds.STUDENT),
                "unknown student '" + student + "': import the students first");
    }

    private static List<ParsedRow> resolveSchools(Connection c, List<ParsedRow> rows, List<List<RowError>> rejections)
            throws SQLException {
        Map<String, Long> schools = idsOf(
                c,
                "school",
                rows.stream()
                        .map(r -> (String) r.columns().get("school_sourced_id"))
                        .toList());
        List<ParsedRow> resolved = new ArrayList<>();
        for (ParsedRow row : rows) {
            String school = (String) row.columns().get("school_sourced_id");
            String name = (String) row.columns().get("school_name");
            Long id = schools.get(school);
            if (id == null && name != null) {
                id = createSchool(c, school, name);
                schools.put(school, id);
            } else if (id != null && name != null) {
                renameSchool(c, id, name);
            }
            if (id == null) {
                rejections.add(List.of(new RowError(
                        row.line(),
                        "school_id",
                        "unknown school '" + school + "': import the OneRoster orgs first, or give its school_name")));
            } else {
                row.columns().put("school_id", id);
                resolved.add(row);
            }
        }
        return resolved;
    }

    static Map<String, Long> idsOf(Connection c, String table, List<String> sourcedIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> distinct = sourcedIds.stream().distinct().toList();
        for (List<String> part : Jdbc.parts(distinct, ChunkWriter.IN_LIST)) {
            try (PreparedStatement ps = c.prepareStatement("select sourced_id, id from " + table
                    + " where sourced_id in (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return ids;
    }

    static long createSchool(Connection c, String sourcedId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into school (sourced_id, name) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sourcedId);
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void renameSchool(Connection c, long id, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update school set name = ? where id = ? and name <> ?")) {
            ps.setString(1, name);
            ps.setLong(2, id);
            ps.setString(3, name);
            ps.executeUpdate();
        }
    }
}
