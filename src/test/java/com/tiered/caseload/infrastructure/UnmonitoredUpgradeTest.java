package com.tiered.caseload.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Standings stored before the evaluation kept the unmonitored domains (schema V9) are filled by migration V11 from
 * their run's decisions and the points already stored, so the caseload's filter lists the same students after the
 * upgrade as before it.
 */
class UnmonitoredUpgradeTest {
    @Test
    void theUpgradeFillsTheUnmonitoredDomainsOfStandingsStoredBeforeIt() throws SQLException {
        DataSource h2 = MemoryDatabases.empty("unmonitored-upgrade");
        flyway(h2).target("9").load().migrate();
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (id, sourced_id, name) VALUES (1, 'sch', 'School')");
            for (String id : List.of("a", "b", "c")) {
                s.executeUpdate("INSERT INTO student (sourced_id, given_name, family_name, grade, school_id) VALUES ('"
                        + id + "', 'G', 'F" + id + "', '03', 1)");
            }
            s.executeUpdate("INSERT INTO evaluation_run (id, as_of, rules_version, started_by, started_at, scope)"
                    + " VALUES (1, '2026-01-10', 'v1', 'test', CURRENT_TIMESTAMP, 'DISTRICT')");
            // a: Tier 3 in reading without points, Tier 2 in math with one; b: Tier 1; c: Tier 2 with a point.
            decide(s, "a", "READING", 3);
            decide(s, "a", "MATH", 2);
            decide(s, "b", "READING", 1);
            decide(s, "c", "READING", 2);
            point(s, "a", "MATH");
            point(s, "c", "READING");
            for (String id : List.of("a", "b", "c")) {
                s.executeUpdate("INSERT INTO student_standing (student_sourced_id, student_id, run_id, as_of,"
                        + " attention, max_tier, tiers, flags) VALUES ('" + id + "', (SELECT id FROM student WHERE"
                        + " sourced_id = '" + id + "'), 1, '2026-01-10', 0, 1, '', '')");
            }
        }
        flyway(h2).load().migrate();
        JdbcCaseloadBoard board = new JdbcCaseloadBoard(h2);
        assertEquals(List.of("a"), ids(board, null));
        assertEquals(List.of("a"), ids(board, "READING"));
        assertEquals(List.of(), ids(board, "MATH"));
    }

    private static List<String> ids(JdbcCaseloadBoard board, String domain) {
        CaseloadFilter unmonitored =
                new CaseloadFilter(null, null, null, domain, null, null, null, null, false, true, false, null);
        return board.page(unmonitored, CaseloadSort.NAME, true, 0, 50).stream()
                .map(CaseloadEntry::sourcedId)
                .toList();
    }

    private static void decide(Statement s, String student, String domain, int tier) throws SQLException {
        s.executeUpdate("INSERT INTO domain_decision (run_id, student_sourced_id, domain, tier) VALUES (1, '" + student
                + "', '" + domain + "', " + tier + ")");
    }

    private static void point(Statement s, String student, String domain) throws SQLException {
        s.executeUpdate("INSERT INTO progress_point (student_id, domain, measure, administered_on, score) VALUES"
                + " ((SELECT id FROM student WHERE sourced_id = '" + student + "'), '" + domain
                + "', 'ORF', '2026-01-12', 20)");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource h2) {
        return Flyway.configure(UnmonitoredUpgradeTest.class.getClassLoader())
                .dataSource(h2)
                .locations("classpath:db/migration");
    }
}
