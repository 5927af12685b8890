package com.tiered.rulebook.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.rulebook.domain.RuleFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each row of a scenario table is a scenario to run, or a row that cannot be read, in the file's order. */
class ScenarioTableReaderTest {
    private static final String TABLE =
            """
            scenario,as_of,grade,ell,screening,progress,goals,plans,referrals,expect
            # a note,,,,,,,,,
            Low winter score,2026-02-16,03,false,READING STAR_READING WINTER 2026-02-10 300 p15,,,,,READING:2:SCREEN_INTERVENTION
            No date,,03,false,,,,,,
            An IEP with accommodations,2026-02-16,04,false,,,,IEP domains=READING+MATH start=2025-09-01 review=2026-09-01 acc=Extended time+Breaks,,
            """;

    private final List<ScenarioRow> rows = new ScenarioTableReader().read(new RuleFile("scenarios/test.csv", TABLE));

    @Test
    void aReadableRowIsAScenarioWithItsFactsAndExpectation() {
        assertEquals(3, rows.size(), "the note row is skipped");
        Scenario low = assertInstanceOf(Scenario.class, rows.get(0));
        assertEquals("Low winter score", low.name());
        assertEquals(3, low.line());
        assertEquals(LocalDate.of(2026, 2, 16), low.asOf());
        assertEquals(Integer.valueOf(15), low.facts().screenings().get(0).getPercentile());
        assertEquals("READING:2:SCREEN_INTERVENTION", low.expectedResults());
    }

    @Test
    void anUnreadableRowFailsWithWhereAndWhy() {
        ScenarioRow.Unreadable bad = assertInstanceOf(ScenarioRow.Unreadable.class, rows.get(1));
        ScenarioOutcome outcome = bad.outcome();
        assertFalse(outcome.passed());
        assertEquals(
                "FAIL scenarios/test.csv:4 No date: the row cannot be read: column as_of is empty", outcome.toString());
    }

    @Test
    void keyValueItemsMayHoldSpaces() {
        Scenario iep = assertInstanceOf(Scenario.class, rows.get(2));
        SpecialEducationPlan plan = iep.facts().plans().get(0);
        assertEquals(Set.of("READING", "MATH"), plan.getDomains());
        assertEquals(LocalDate.of(2026, 9, 1), plan.getAnnualReviewDate());
        assertEquals(List.of("Extended time", "Breaks"), plan.getAccommodations());
        assertNull(plan.getReevaluationDate());
    }
}
