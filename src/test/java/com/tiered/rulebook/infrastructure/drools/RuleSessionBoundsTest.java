package com.tiered.rulebook.infrastructure.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleRunStopped;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.reference.RandomDistrict;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Every session is bounded: by its firing limit, its time budget and its caller's stop; a failing rule is named. */
class RuleSessionBoundsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private static final List<StudentFacts> DISTRICT = new RandomDistrict(5, AS_OF).students(120);

    /** A flag that raises another without end: legal rules, stopped only by the bounds (many cheap firings). */
    private static final String CHAIN =
            """
            package tiered.rules;
            import com.tiered.evaluation.domain.fact.*;
            rule "Start a chain"
            when
                $s : Student()
            then
                insert(new Flag($s.getId(), "READING", "CHAIN", "r", "x"));
            end
            rule "Every link raises the next"
            when
                $f : Flag( code == "CHAIN" )
            then
                insert(new Flag($f.getStudentId(), "READING", "CHAIN", "r", "x"));
            end
            """;

    @Test
    void aBatchPastItsTimeBudgetIsStoppedWithAClearMessage() {
        DecisionRules rules = new DroolsRuleCompiler(Duration.ofMillis(100)).compile(set(CHAIN));
        RuleRunStopped stopped = assertThrows(RuleRunStopped.class, () -> rules.decide(AS_OF, DISTRICT));
        assertTrue(stopped.messages().get(0).text().contains("past their time budget"), stopped.getMessage());
    }

    @Test
    void aCallerThatAsksToStopStopsTheBatchAtOnce() {
        DecisionRules rules = new DroolsRuleCompiler(Duration.ofSeconds(60)).compile(set(CHAIN));
        AtomicBoolean cancelled = new AtomicBoolean(true);
        long start = System.nanoTime();
        RuleRunStopped stopped =
                assertThrows(RuleRunStopped.class, () -> rules.decide(AS_OF, DISTRICT, cancelled::get));
        assertTrue(stopped.messages().get(0).text().contains("stopped on request"), stopped.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "stopped well before the budget");
    }

    @Test
    void anExceptionInARuleIsAMessageWithTheRulesFileAndLine() {
        String dividing =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;

                rule "Divides by zero"
                when
                    $s : Student()
                then
                    int none = $s.getGrade().length() - $s.getGrade().length();
                    insert(new Flag($s.getId(), "READING", "X", "r", "" + (1 / none)));
                end
                """;
        DecisionRules rules = new DroolsRuleCompiler().compile(set(dividing));
        RuleRunStopped failed = assertThrows(RuleRunStopped.class, () -> rules.decide(AS_OF, DISTRICT));
        RuleMessage message = failed.messages().get(0);
        assertEquals("dividing.drl", message.file());
        assertEquals(4, message.line());
        assertTrue(
                message.text().contains("\"Divides by zero\" failed while deciding: ArithmeticException"),
                message.text());
    }

    /**
     * Text that doubles with every firing (each flag's explanation is its parent's twice) stops at the fact text
     * budget with a message naming the rule, long before it could fill the memory.
     */
    @Test
    void textThatGrowsFromFiringToFiringStopsAtTheBudget() {
        String doubling =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "Seed"
                when
                    $s : Student()
                then
                    insert(new Flag($s.getId(), "READING", "GROW", "r", $s.getId()));
                end
                rule "Twice the parent"
                when
                    $f : Flag( code == "GROW" )
                then
                    insert(new Flag($f.getStudentId(), "READING", "GROW", "r", $f.getExplanation() + $f.getExplanation()));
                end
                """;
        DecisionRules rules =
                new DroolsRuleCompiler().compile(new RuleSet(List.of(new RuleFile("doubling.drl", doubling))));
        RuleRunStopped stopped = assertThrows(RuleRunStopped.class, () -> rules.decide(AS_OF, DISTRICT.subList(0, 1)));
        RuleMessage message = stopped.messages().get(0);
        assertEquals("doubling.drl", message.file());
        assertTrue(
                message.text().contains("\"Twice the parent\" failed while deciding: a Flag carries")
                        && message.text().contains("a fact may carry at most 100000"),
                message.text());
    }

    private static RuleSet set(String drl) {
        return new RuleSet(List.of(new RuleFile(drl.contains("Divides") ? "dividing.drl" : "chain.drl", drl)));
    }
}
