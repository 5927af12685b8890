package com.tiered.evaluation.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the caseload pages read after each evaluation: one standing row per student, a held tier keeping its date. */
class StandingsTest {
    private final DataSource db = MemoryDatabases.fresh("standings");
    private final JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);

    @Test
    void aTierStillHeldKeepsTheDateItBeganAndAChangedOneStartsAgain() throws SQLException {
        students("s1", "s2");
        store(LocalDate.of(2025, 10, 1), List.of(tiers("s1", "MATH", 2, "READING", 3), tiers("s2", "READING", 1)));
        store(LocalDate.of(2026, 1, 15), List.of(tiers("s1", "MATH", 2, "READING", 2), tiers("s2", "READING", 1)));

        assertEquals("MATH:2@2025-10-01;READING:2@2026-01-15", standing("s1", "tiers"));
        assertEquals("READING:1@2025-10-01", standing("s2", "tiers"));
        assertEquals("2026-01-15", standing("s1", "as_of"));
        assertEquals("2", standing("s1", "max_tier"));
        assertEquals("2", value("select count(*) from student_standing"));
    }

    @Test
    void theLatestRunReplacesFlagsAndWhatNeedsAttention() throws SQLException {
        students("s1");
        store(LocalDate.of(2025, 10, 1), List.of(flagged("s1", "READING", "PM_OVERDUE", "PM_TREND_BELOW")));
        assertEquals("2", standing("s1", "attention"), "two flags ask a specialist to act now");
        assertEquals("READING:PM_OVERDUE;READING:PM_TREND_BELOW", standing("s1", "flags"));

        long second = store(LocalDate.of(2025, 11, 1), List.of(flagged("s1", "READING", "PM_FOUR_ABOVE")));
        assertEquals("0", standing("s1", "attention"));
        assertEquals("READING:PM_FOUR_ABOVE", standing("s1", "flags"));
        assertEquals(Long.toString(second), standing("s1", "run_id"));
    }

    @Test
    void aStudentRemovedWhileEvaluatedLosesTheStanding() throws SQLException {
        students("s1", "s2");
        store(LocalDate.of(2025, 10, 1), List.of(tiers("s1", "MATH", 2), tiers("s2", "MATH", 3)));
        execute("delete from student where sourced_id = 's2'");

        store(LocalDate.of(2025, 11, 1), List.of(tiers("s1", "MATH", 3), tiers("s2", "MATH", 3)));

        assertEquals("1", value("select count(*) from student_standing"));
        assertEquals("MATH:3@2025-11-01", standing("s1", "tiers"));
    }

    @Test
    void aRunThatEndsAfterANewerOneDoesNotReplaceItsStanding() throws SQLException {
        students("s1");
        // A background run queued by a large import, then a teacher's point evaluated at once and finished first.
        long queued = runs.start(LocalDate.of(2026, 1, 10), "v1", "test", "STUDENTS");
        long newer = store(LocalDate.of(2026, 1, 15), List.of(tiers("s1", "READING", 3)));
        runs.storeDecisions(queued, List.of(tiers("s1", "READING", 1)));

        assertEquals(Long.toString(newer), standing("s1", "run_id"));
        assertEquals("READING:3@2026-01-15", standing("s1", "tiers"));
    }

    @Test
    void aRunStoringWhileANewerOneIsStoringWaitsForItAndKeepsTheNewerStanding() throws Exception {
        students("s1");
        store(LocalDate.of(2026, 1, 5), List.of(tiers("s1", "READING", 2)));
        long queued = runs.start(LocalDate.of(2026, 1, 10), "v1", "test", "STUDENTS");
        long newer = runs.start(LocalDate.of(2026, 1, 15), "v1", "test", "STUDENTS");
        ExecutorService late = Executors.newSingleThreadExecutor();
        try (Connection storing = db.getConnection();
                Statement s = storing.createStatement()) {
            // The newer run is storing: its standing is written, not yet committed.
            storing.setAutoCommit(false);
            s.executeUpdate("update student_standing set run_id = " + newer
                    + ", tiers = 'READING:3@2026-01-15' where student_sourced_id = 's1'");
            Future<?> older = late.submit(() -> runs.storeDecisions(queued, List.of(tiers("s1", "READING", 1))));
            Thread.sleep(500); // the older run reaches the standing meanwhile
            storing.commit();
            older.get(30, TimeUnit.SECONDS);
        } finally {
            late.shutdownNow();
        }
        assertEquals(Long.toString(newer), standing("s1", "run_id"), "the newer run's standing stays");
        assertEquals("READING:3@2026-01-15", standing("s1", "tiers"));
    }

    private long store(LocalDate asOf, List<StudentDecisions> decisions) {
        long run = runs.start(asOf, "v1", "test", "DISTRICT");
        runs.storeDecisions(run, decisions);
        return run;
    }

    /** Pairs of domain and tier. */
    private static StudentDecisions tiers(String student, Object... domainTiers) {
        List<DomainDecision> domains = new ArrayList<>();
        for (int i = 0; i < domainTiers.length; i += 2) {
            domains.add(new DomainDecision(
                    (String) domainTiers[i], (Integer) domainTiers[i + 1], "rule", "because", List.of()));
        }
        return new StudentDecisions(student, domains, List.of(), List.of());
    }

    private static StudentDecisions flagged(String student, String domain, String... codes) {
        List<FlagDecision> flags = new ArrayList<>();
        for (String code : codes) {
            flags.add(new FlagDecision(code, "rule", "because"));
        }
        return new StudentDecisions(
                student, List.of(new DomainDecision(domain, null, null, null, flags)), List.of(), List.of());
    }

    private void students(String... ids) throws SQLException {
        execute("insert into school (sourced_id, name) values ('sch', 'School')");
        for (String id : ids) {
            execute("insert into student (sourced_id, given_name, family_name, grade, school_id)" + " values ('" + id
                    + "', 'Given', 'Family', '03', (select id from school))");
        }
    }

    private String standing(String student, String column) throws SQLException {
        return value("select " + column + " from student_standing where student_sourced_id = '" + student + "'");
    }

    private String value(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
