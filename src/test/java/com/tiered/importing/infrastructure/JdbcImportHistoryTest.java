package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.ImportHistory.Entry;
import com.tiered.importing.domain.ImportReport;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The import history keeps what an import did to enrolment, and says "not recorded" for imports from before. */
class JdbcImportHistoryTest {
    private final DataSource db = MemoryDatabases.fresh("import-history");
    private final JdbcImportHistory history = new JdbcImportHistory(db);

    @Test
    void aOneRosterImportKeepsItsWithdrawalsAndReactivations() {
        ImportReport report = new ImportReport("oneroster");
        report.studentWithdrawn();
        report.studentWithdrawn();
        report.studentReactivated();
        long id = history.started("oneroster", "roster.zip", "admin");
        history.finished(id, report);
        Entry entry = history.recent(1).get(0);
        assertEquals(2L, entry.studentsWithdrawn());
        assertEquals(1L, entry.studentsReactivated());
    }

    @Test
    void aScreeningImportWithdrawsNobodyAndSaysNothingAboutIt() {
        long id = history.started("screening", "fall.csv", "admin");
        history.finished(id, new ImportReport("screening"));
        assertNull(history.recent(1).get(0).studentsWithdrawn());
    }

    @Test
    void aSmallImportRecordedOnceAtItsEndHasItsStartItsEndAndItsErrors() {
        ImportReport report = new ImportReport("progress");
        report.rejected(List.of(new ImportReport.RowError(2, "score", "not a number")));
        Instant started = Instant.parse("2026-12-02T08:00:00Z");
        history.record("progress", "point.csv", "specialist", started, report);

        Entry entry = history.recent(1).get(0);
        assertEquals("progress", entry.kind());
        assertEquals("point.csv", entry.fileName());
        assertEquals("specialist", entry.importedBy());
        assertEquals(started, entry.startedAt());
        assertNotNull(entry.finishedAt(), "finished, not shown as running");
        assertEquals(1, entry.rowsRejected());
        assertNull(entry.studentsWithdrawn());
        assertTrue(history.errorsCsv(entry.id()).orElseThrow().contains("not a number"));
    }

    @Test
    void anImportRecordedBeforeTheCountsWereKeptHasNone() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into import_record (kind, file_name, imported_by, started_at, rows_read)"
                    + " values ('oneroster', 'old.zip', 'admin', current_timestamp, 12)");
        }
        List<Entry> entries = history.recent(5);
        assertEquals(12, entries.get(0).rowsRead());
        assertNull(entries.get(0).studentsWithdrawn(), "not recorded, which is not zero");
        assertNull(entries.get(0).studentsReactivated());
    }
}
