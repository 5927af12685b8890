package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.infrastructure.CountingDataSource;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * of it or none (it committed row after row, and a kill kept 87 rows of a chunk of 1,000). A chunk the database
 * undoes whole (a deadlock) is no row's fault: it is tried again, then the import stops with the reason.
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

    @Test
    void aChunkTheDatabaseUndoesWholeIsTriedAgainAndThenStopsTheImportWithoutBlamingARow() throws SQLException {
        // A deadlock undoes the whole transaction and its savepoints: before, each row was "rejected" with it.
        DataSource deadlocking =
                failing(db, "insert into screening_result", new SQLException("Deadlock found", "40001"));
        IllegalStateException stopped =
                assertThrows(IllegalStateException.class, () -> new JdbcDistrictFiles(deadlocking)
                        .importCsv(
                                ImportKind.SCREENING,
                                stream(SCREENING + "S1,READING,STAR_READING,FALL,2026-09-10,300,40\n"
                                        + "S3,READING,STAR_READING,FALL,2026-09-10,310,45\n")));
        assertEquals("The database failed during the import: Deadlock found", stopped.getMessage());
        assertEquals(0, count(), "nothing of the chunk is stored");
    }

    /** The database, failing every statement that starts with the prefix when it runs. */
    private static DataSource failing(DataSource target, String prefix, SQLException failure) {
        return proxy(
                DataSource.class,
                target,
                (method, args, result) -> result instanceof Connection connection
                        ? proxy(
                                Connection.class,
                                connection,
                                (m, a, statement) ->
                                        m.getName().equals("prepareStatement") && ((String) a[0]).startsWith(prefix)
                                                ? proxy(
                                                        PreparedStatement.class,
                                                        (PreparedStatement) statement,
                                                        (sm, sa, r) -> r,
                                                        failure)
                                                : statement,
                                null)
                        : result,
                null);
    }

    /** What a proxied call answers, given the target's answer. */
    @FunctionalInterface
    private interface Answer {
        Object answer(Method method, Object[] args, Object result);
    }

    /** A proxy of the target that answers through {@code answer}; executing anything throws {@code failure}, if any. */
    private static <T> T proxy(Class<T> type, T target, Answer answer, SQLException failure) {
        return type.cast(Proxy.newProxyInstance(
                ChunkFallbackTest.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                    if (failure != null && method.getName().startsWith("execute")) {
                        throw failure;
                    }
                    try {
                        return answer.answer(method, args, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
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
