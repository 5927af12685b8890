package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportReport;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcImportHistory implements ImportHistory {
    private static final String ONEROSTER = "oneroster";

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcImportHistory() {}

    public JdbcImportHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long started(String kind, String fileName, String importedBy) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into import_record (kind, file_name, imported_by, started_at) values (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, Jdbc.fit(fileName, 300));
                ps.setString(3, importedBy);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void finished(long id, ImportReport report) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update import_record set finished_at = ?, rows_read = ?,"
                    + " rows_imported = ?, rows_unchanged = ?, rows_rejected = ?, report = ?, students_withdrawn = ?,"
                    + " students_reactivated = ? where id = ?")) {
                setOutcome(ps, 1, report);
                ps.setLong(9, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void record(String kind, String fileName, String importedBy, Instant startedAt, ImportReport report) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into import_record (finished_at, rows_read,"
                    + " rows_imported, rows_unchanged, rows_rejected, report, students_withdrawn, students_reactivated,"
                    + " kind, file_name, imported_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                setOutcome(ps, 1, report);
                ps.setString(9, kind);
                ps.setString(10, Jdbc.fit(fileName, 300));
                ps.setString(11, importedBy);
                ps.setTimestamp(12, Timestamp.from(startedAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The end and the counts of an import, eight parameters from {@code first} on. */
    private static void setOutcome(PreparedStatement ps, int first, ImportReport report) throws SQLException {
        ps.setTimestamp(first, Timestamp.from(Instant.now()));
        ps.setLong(first + 1, report.rowsRead());
        ps.setLong(first + 2, report.rowsImported());
        ps.setLong(first + 3, report.rowsUnchanged());
        ps.setLong(first + 4, report.rowsRejected());
        ps.setString(first + 5, ErrorReportCsv.of(report));
        // Only a OneRoster bundle withdraws or reactivates; for the other kinds the counts mean nothing.
        if (ONEROSTER.equals(report.kind())) {
            ps.setLong(first + 6, report.studentsWithdrawn());
            ps.setLong(first + 7, report.studentsReactivated());
        } else {
            ps.setNull(first + 6, Types.INTEGER);
            ps.setNull(first + 7, Types.INTEGER);
        }
    }

    @Override
    public List<Entry> recent(int limit) {
        return Jdbc.read(dataSource, c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select * from import_record order by id desc")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp("finished_at");
                        entries.add(new Entry(
                                rs.getLong("id"),
                                rs.getString("kind"),
                                rs.getString("file_name"),
                                rs.getString("imported_by"),
                                rs.getTimestamp("started_at").toInstant(),
                                finished == null ? null : finished.toInstant(),
                                rs.getLong("rows_read"),
                                rs.getLong("rows_imported"),
                                rs.getLong("rows_unchanged"),
                                rs.getLong("rows_rejected"),
                                nullable(rs, "students_withdrawn"),
                                nullable(rs, "students_reactivated")));
                    }
                }
            }
            return entries;
        });
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public Optional<String> errorsCsv(long id) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select report from import_record where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
