package com.tiered.caseload.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.caseload.domain.SchoolOverview.DomainCount;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caseload filters on a real database: the tier, flag and unmonitored filters read the standing's text first, so
 * an underscore in a domain or a flag code must match itself, not any character, and only the latest run counts.
 */
class JdbcCaseloadBoardTest {
    private final DataSource db = MemoryDatabases.fresh("caseload-board");
    private final JdbcCaseloadBoard board = new JdbcCaseloadBoard(db);

    @BeforeEach
    void aSmallDistrict() throws SQLException {
        execute("insert into school (sourced_id, name) values ('sch', 'School')");
        for (String id : List.of("a", "b", "c", "d")) {
            execute("insert into student (sourced_id, given_name, family_name, grade, school_id) values ('" + id
                    + "', 'G', 'F" + id + "', '03', (select id from school))");
        }
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        long first = runs.start(LocalDate.of(2026, 1, 10), "v1", "test", "DISTRICT");
        runs.storeDecisions(
                first,
                List.of(
                        student("a", domain("ORAL_LANGUAGE", 3, "PM_OVERDUE")),
                        student("b", domain("ORALXLANGUAGE", 3, "PMXOVERDUE")),
                        student("c", domain("READING", 2), domain("MATH", 1, "PM_OVERDUE")),
                        student("d", domain("READING", 3, "PM_OVERDUE"))));
        // d's latest run moves it to Tier 1 without flags: the older decisions no longer count.
        long second = runs.start(LocalDate.of(2026, 1, 20), "v1", "test", "STUDENTS");
        runs.storeDecisions(second, List.of(student("d", domain("READING", 1))));
    }

    @Test
    void tierFiltersMatchTheDomainAndTierOfTheLatestRunExactly() {
        assertEquals(List.of("a"), ids(filter("ORAL_LANGUAGE", 3, null, false)));
        assertEquals(List.of("a", "b"), ids(filter(null, 3, null, false)));
        assertEquals(List.of("c"), ids(filter(null, 2, null, false)));
        assertEquals(List.of("c", "d"), ids(filter("READING", null, null, false)));
        assertEquals(List.of(), ids(filter("READING", 3, null, false)), "d's Tier 3 was an older run's");
    }

    @Test
    void flagFiltersMatchTheCodeExactlyAndInTheDomainWhenOneIsGiven() {
        assertEquals(List.of("a", "c"), ids(filter(null, null, "PM_OVERDUE", false)));
        assertEquals(List.of("c"), ids(filter("MATH", null, "PM_OVERDUE", false)));
        assertEquals(List.of("b"), ids(filter(null, null, "PMXOVERDUE", false)));
        assertEquals(2, board.count(filter(null, null, "PM_OVERDUE", false)));
    }

    @Test
    void aFlagAboutTheStudentAsAWholeMatchesInEveryDomainTheStudentHasADecisionIn() throws SQLException {
        execute("insert into student (sourced_id, given_name, family_name, grade, school_id) values ('e', 'G', 'Fe',"
                + " '03', (select id from school))");
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        long third = runs.start(LocalDate.of(2026, 1, 21), "v1", "test", "STUDENTS");
        runs.storeDecisions(
                third,
                List.of(new StudentDecisions(
                        "e",
                        List.of(domain("READING", 2, "PM_OVERDUE")),
                        List.of(new FlagDecision("REFER_FOR_EVALUATION", "rule", "because")),
                        List.of())));
        assertEquals(List.of("e"), ids(filter("READING", null, "REFER_FOR_EVALUATION", false)));
        assertEquals(List.of("e"), ids(filter(null, null, "REFER_FOR_EVALUATION", false)));
        assertEquals(List.of(), ids(filter("MATH", null, "REFER_FOR_EVALUATION", false)), "no decision in math");
        assertEquals(List.of("c", "e"), ids(filter(null, 2, null, false)));
        // A code made of the standing's separators matches nobody, not e, who holds both halves.
        assertEquals(List.of(), ids(filter(null, null, "PM_OVERDUE;-:REFER_FOR_EVALUATION", false)));
    }

    @Test
    void unmonitoredKeepsStudentsAtTierTwoOrThreeWithoutPoints() throws SQLException {
        assertEquals(List.of("a", "b", "c"), ids(filter(null, null, null, true)));
        // A point arrives: a no longer counts, before its re-evaluation has run (a queued one, say) and after it.
        execute("insert into progress_point (student_id, domain, measure, administered_on, score) values ((select id"
                + " from student where sourced_id = 'a'), 'ORAL_LANGUAGE', 'ORF', '2026-01-12', 20)");
        assertEquals(List.of("b", "c"), ids(filter(null, null, null, true)));
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        long third = runs.start(LocalDate.of(2026, 1, 21), "v1", "test", "STUDENTS");
        runs.storeDecisions(third, List.of(student("a", domain("ORAL_LANGUAGE", 3, "PM_OVERDUE"))));
        assertEquals(List.of("b", "c"), ids(filter(null, null, null, true)));
    }

    @Test
    void unmonitoredInADomainMatchesThatDomainExactly() throws SQLException {
        assertEquals(List.of("a"), ids(filter("ORAL_LANGUAGE", null, null, true)));
        assertEquals(List.of("c"), ids(filter("READING", null, null, true)), "d's latest run is Tier 1");
        // A point in another domain leaves c unmonitored in reading.
        execute("insert into progress_point (student_id, domain, measure, administered_on, score) values ((select id"
                + " from student where sourced_id = 'c'), 'MATH', 'MCOMP', '2026-01-12', 20)");
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        long third = runs.start(LocalDate.of(2026, 1, 21), "v1", "test", "STUDENTS");
        runs.storeDecisions(third, List.of(student("c", domain("READING", 2), domain("MATH", 1))));
        assertEquals(List.of("c"), ids(filter("READING", null, null, true)));
        assertEquals(List.of(), ids(filter("MATH", null, null, true)));
    }

    @Test
    void theSchoolOverviewCountsTheSameUnmonitoredStudentsPerDomain() throws SQLException {
        long school = new JdbcCaseloadBoard(db)
                .schools(null).stream()
                        .mapToLong(choice -> Long.parseLong(choice.value()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                List.of(
                        new DomainCount("ORALXLANGUAGE", 1),
                        new DomainCount("ORAL_LANGUAGE", 1),
                        new DomainCount("READING", 1)),
                new JdbcSchoolBoard(db)
                        .overview(school, LocalDate.of(2026, 1, 21))
                        .orElseThrow()
                        .unmonitored());
    }

    private static CaseloadFilter filter(String domain, Integer tier, String flag, boolean unmonitored) {
        return new CaseloadFilter(null, null, null, domain, tier, flag, null, null, false, unmonitored, false, null);
    }

    private List<String> ids(CaseloadFilter filter) {
        return board.page(filter, CaseloadSort.NAME, true, 0, 50).stream()
                .map(CaseloadEntry::sourcedId)
                .toList();
    }

    private static StudentDecisions student(String id, DomainDecision... domains) {
        return new StudentDecisions(id, List.of(domains), List.of(), List.of());
    }

    private static DomainDecision domain(String domain, Integer tier, String... flags) {
        return new DomainDecision(
                domain,
                tier,
                "rule",
                "because",
                Arrays.stream(flags)
                        .map(code -> new FlagDecision(code, "rule", "because"))
                        .toList());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
