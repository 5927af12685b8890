package com.tiered.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.evaluation.infrastructure.jdbc.JdbcFactSource;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.infrastructure.JdbcDistrictFiles;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import com.tiered.shared.infrastructure.CountingDataSource;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluation service on the sample district, once evaluated. The start-up warm-up takes students through load,
 * decide and store and keeps nothing: every table reads the same after it, and no run is recorded. A few students (a
 * teacher's point) are decided in one transaction, committed once.
 */
class EvaluationServiceTest {
    private static final List<String> TABLES = List.of(
            "evaluation_run",
            "evaluated_student",
            "domain_decision",
            "flag_decision",
            "plan_recommendation",
            "evaluation_failure",
            "student_standing");

    private final DataSource db = MemoryDatabases.fresh("warm-up");
    private final LiveRules live = new LiveRules();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final CountingDataSource decisionWrites = new CountingDataSource(db, "insert into domain_decision");

    @BeforeEach
    void theSampleDistrictEvaluated() throws Exception {
        JdbcDistrictFiles files = new JdbcDistrictFiles(db);
        try (InputStream zip = sample("oneroster.zip")) {
            files.importOneRoster(zip);
        }
        for (ImportKind kind : List.of(
                ImportKind.SCREENING,
                ImportKind.PROGRESS,
                ImportKind.GOALS,
                ImportKind.SPECIAL_EDUCATION,
                ImportKind.REFERRALS)) {
            try (InputStream csv = sample(kind.urlName() + ".csv")) {
                files.importCsv(kind, csv);
            }
        }
        var rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        live.use(new RuleSetVersion(1, rules.version(), "test", Instant.now(), "shipped", true), rules);
        new EvaluationService(new JdbcFactSource(db), new JdbcEvaluationRepository(db), live, pool)
                .evaluateDistrict(LocalDate.now(), "test");
    }

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void theWarmUpDecidesTheFirstStudentsAndLeavesEveryTableAsItWas() throws SQLException {
        List<String> before = contents();
        assertTrue(before.stream().anyMatch(row -> row.startsWith("student_standing|")), "the district has standings");
        int decided = warmUp(40);
        assertEquals(40, decided, "the first 40 of the 80 students went through the rules");
        assertTrue(decisionWrites.statements() > 0, "and through the store's writes, which were undone");
        assertEquals(80, warmUp(200), "a district smaller than the warm-up, though not by four, goes whole");
        assertEquals(before, contents(), "no run, decision or standing was kept");
    }

    @Test
    void aFewStudentsAreDecidedAsTheDistrictRunDecidedThemWithOneCommit() throws SQLException {
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        StudentDecisions byTheDistrictRun =
                runs.latestFor("stu-00001").orElseThrow().decisions();
        CountingDataSource commits = new CountingDataSource(db, "insert");

        EvaluationRun run = new EvaluationService(
                        new JdbcFactSource(db), new JdbcEvaluationRepository(commits.dataSource()), live, pool)
                .evaluateStudents(List.of("stu-00001", "stu-00002"), "specialist");

        assertEquals(1, commits.commits(), "the run, its decisions and its end are one transaction");
        assertEquals(2, run.students());
        assertNotNull(run.finishedAt(), "the run is finished");
        var latest = runs.latestFor("stu-00001").orElseThrow();
        assertEquals(run.id(), latest.run().id(), "the student's latest decisions are the new run's");
        assertEquals(byTheDistrictRun, latest.decisions(), "and the same as the district run's: no data changed");
        assertEquals(run.flags(), flagsOf(run.id()), "the run counts the flags it stored");
    }

    @Test
    void aFewStudentsWhoseDecidingFailsLeaveNothingBehind() throws SQLException {
        List<String> before = contents();
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> runs.runAtOnce(
                        LocalDate.now(),
                        "v",
                        "specialist",
                        "STUDENTS",
                        List.of(1L),
                        facts -> {
                            throw new IllegalStateException("a rule failed");
                        },
                        FlagTable.shipped()));
        assertEquals("a rule failed", failure.getMessage());
        assertEquals(before, contents(), "no run was recorded, no decision or standing kept");
    }

    @Test
    void aSmallDistrictIsLeftAlone() throws SQLException {
        List<String> before = contents();
        assertEquals(0, warmUp(400), "80 students: their first run takes no time to speak of");
        assertEquals(before, contents());
    }

    private int warmUp(int students) {
        return new EvaluationService(
                        new JdbcFactSource(db), new JdbcEvaluationRepository(decisionWrites.dataSource()), live, pool)
                .warmUp(students);
    }

    private int flagsOf(long runId) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from flag_decision where run_id = " + runId)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Every row of the evaluation's tables, as text, in a fixed order. */
    private List<String> contents() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> tableRows = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        tableRows.add(row.toString());
                    }
                    tableRows.sort(null);
                    rows.addAll(tableRows);
                }
            }
        }
        return rows;
    }

    private static InputStream sample(String name) {
        return EvaluationServiceTest.class.getResourceAsStream("/samples/district-small/" + name);
    }
}
