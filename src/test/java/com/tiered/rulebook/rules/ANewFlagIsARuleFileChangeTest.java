package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadEntry.DomainFlag;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.caseload.infrastructure.JdbcCaseloadBoard;
import com.tiered.caseload.web.CaseloadCsv;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Student;
import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.application.RuleSetValidation;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A district adds a flag of its own without a programmer: a rule that raises it, a row of flags.csv that says how it
 * reads, a scenario that states it. The rule set passes its check, and the caseload shows the flag in the table's
 * words (page and CSV), first in the flag filter, its students among those who need attention.
 */
class ANewFlagIsARuleFileChangeTest {
    private static final String RULE =
            """
            package tiered.rules;
            import com.tiered.evaluation.domain.fact.*;

            rule "Pre-kindergarten readers get a reading buddy"
            when
                Student( $sid : id, grade == "PK" )
            then
                insert(new Flag($sid, "READING", "READING_BUDDY", drools.getRule().getName(),
                        "every pre-kindergarten student reads with a buddy"));
            end
            """;
    private static final String SCENARIO = "scenario,as_of,grade,ell,screening,progress,goals,plans,referrals,expect\n"
            + "A pre-kindergarten student reads with a buddy,2026-02-16,PK,false,,,,,,READING::READING_BUDDY\n";
    private static final String ROW = "READING_BUDDY,Reading buddy,good,yes,5\n";

    @Test
    void aRuleAndARowOfTheFlagsTableMakeANewFlagThePagesShow() throws SQLException {
        DecisionRules rules = new RuleSetValidation(new DroolsRuleCompiler()).validate(shippedPlusTheNewFlag());
        LiveRules live = new LiveRules();
        live.use(new RuleSetVersion(2, rules.version(), "specialist", Instant.now(), "a buddy", true), rules);
        assertEquals("Reading buddy", live.flags().label("READING_BUDDY"));
        assertEquals("good", live.flags().tone("READING_BUDDY"));

        DataSource db = MemoryDatabases.fresh("new-flag");
        execute(db, "insert into school (sourced_id, name) values ('sch', 'School')");
        execute(
                db,
                "insert into student (sourced_id, given_name, family_name, grade, school_id)"
                        + " values ('s1', 'Pat', 'Young', 'PK', (select id from school))");
        LocalDate asOf = LocalDate.of(2026, 2, 16);
        List<StudentDecisions> decided = rules.decide(
                asOf,
                List.of(new StudentFacts(
                        new Student("s1", "PK", "sch", false), List.of(), List.of(), List.of(), List.of(), List.of())));
        JdbcEvaluationRepository runs = new JdbcEvaluationRepository(db);
        long run = runs.start(asOf, rules.version(), "test", "DISTRICT");
        runs.storeDecisions(run, decided, rules.flags());
        runs.finish(run, 1, 1);

        JdbcCaseloadBoard board = new JdbcCaseloadBoard(db);
        CaseloadEntry entry = board.page(CaseloadFilter.of(null), CaseloadSort.NEEDS_ATTENTION, true, 0, 25)
                .get(0);
        assertEquals(List.of(new DomainFlag("READING", "READING_BUDDY")), entry.flags());
        assertEquals(1, entry.attention(), "the table says the new flag needs attention");
        assertEquals(List.of("READING_BUDDY"), board.flagCodes(run));
        assertEquals(
                List.of("READING_BUDDY", "CONSIDER_LANGUAGE_PROFICIENCY", "PM_OVERDUE"),
                live.flags().sorted(List.of("PM_OVERDUE", "CONSIDER_LANGUAGE_PROFICIENCY", "READING_BUDDY")),
                "first in the flag filter (order 5)");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CaseloadCsv(live).write(csv, sink -> board.each(CaseloadFilter.of(null), CaseloadSort.NAME, sink));
        assertTrue(
                csv.toString(StandardCharsets.UTF_8).contains(",READING Reading buddy,yes,"),
                csv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutTheRowTheNewFlagStillShowsAsItsCodeAskingForNothing() {
        RuleSet withoutRow = new RuleSet(shippedPlusTheNewFlag().files().stream()
                .map(f -> f.isFlagTable() ? new RuleFile(f.path(), f.content().replace(ROW, "")) : f)
                .toList());
        FlagTable flags = new DroolsRuleCompiler().compile(withoutRow).flags();
        assertEquals("READING_BUDDY", flags.label("READING_BUDDY"));
        assertEquals("info", flags.tone("READING_BUDDY"));
        assertEquals(false, flags.needsAttention("READING_BUDDY"));
    }

    @Test
    void aBadRowOfTheFlagsTableKeepsTheRuleSetFromGoingLiveSayingWhereAndWhy() {
        RuleSet bad = new RuleSet(shippedPlusTheNewFlag().files().stream()
                .map(f -> f.isFlagTable()
                        ? new RuleFile(f.path(), f.content().replace(ROW, ROW.replace("good", "green")))
                        : f)
                .toList());
        RuleSetRejected refused = assertThrows(
                RuleSetRejected.class, () -> new RuleSetValidation(new DroolsRuleCompiler()).validate(bad));
        assertEquals(
                List.of("ERROR flags.csv:26 (cell C26): tone must be alert, good, info, not 'green'"),
                refused.messages().stream().map(RuleMessage::toString).toList());
    }

    private static RuleSet shippedPlusTheNewFlag() {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : RuleFilesOnDisk.shipped().files()) {
            files.add(f.isFlagTable() ? new RuleFile(f.path(), f.content() + ROW) : f);
        }
        files.add(new RuleFile("reading-buddy.drl", RULE));
        files.add(new RuleFile("scenarios/reading-buddy.csv", SCENARIO));
        return new RuleSet(files);
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
