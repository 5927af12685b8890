package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.infrastructure.CountingDataSource;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chunk the database refuses is stored row by row, to name the row it refuses: the good rows are taken, each bad
 * row is rejected once with its line, and the chunk is still committed once — a server stopped meanwhile keeps all
 * of it or none (it committed row after row, and a kill kept 87 rows of a chunk of 1,000).
 */
class ChunkFallbackTest {
    private static final String SCREENING =
            "student_sourced_id,domain,measure,window,administered_on,score,percentile\n";

    private final DataSource db = MemoryDatabases.fresh("chunk-fallback");

    @BeforeEach
    void threeStudentsAndAScoreTheDatabaseRefuses() throws SQLException {
        new JdbcDistrictFiles(db)
                .importCsv(
                        ImportKind.STUDENTS,
                        stream("sourced_id,given_name,family_name,grade,school_id,school_name\n"
                                + "S1,Ana,Silva,03,sch-1,Maple\nS2,Ben,Okafor,03,sch-1,Maple\n"
                                + "S3,Cy,Lund,03,sch-1,Maple\n"));
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            // Stands for any refusal the file's checks cannot foresee (a constraint, a value the column cannot hold).
            s.executeUpdate("alter table screening_result add constraint no_thirteen check (score <> 13)");
        }
    }

    @Test
    void theGoodRowsAreTakenEachBadRowIsRejectedOnceAndTheChunkIsOneCommit() throws SQLException {
        CountingDataSource counted = new CountingDataSource(db, "insert");
        ImportReport report = new JdbcDistrictFiles(counted.dataSource())
                .importCsv(
                        ImportKind.SCREENING,
                        stream(SCREENING
                                + "S1,READING,STAR_READING,FALL,2026-09-10,300,40\n"
                                + "S2,READING,STAR_READING,FALL,2026-09-10,13,1\n"
                                + "S9,READING,STAR_READING,FALL,2026-09-10,300,40\n"
                                + "S3,READING,STAR_READING,FALL,2026-09-10,310,45\n"))
                .report();

        assertEquals(2, report.rowsImported());
        assertEquals(2, report.rowsRejected(), "the unknown student is rejected once, not once per attempt");
        List<RowError> errors = report.errors();
        assertEquals(
                List.of(3L, 4L), errors.stream().map(RowError::line).sorted().toList(), errors.toString());
        assertEquals(
                1,
                errors.stream()
                        .filter(e -> e.line() == 3 && e.message().startsWith("the row could not be stored"))
                        .count(),
                errors.toString());
        assertEquals(1, counted.commits(), "one commit for the chunk, not one per row");
        assertEquals(2, count());
    }

    private int count() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from screening_result")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
