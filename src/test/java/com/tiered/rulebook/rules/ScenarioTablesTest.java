package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.rulebook.application.scenario.ScenarioOutcome;
import com.tiered.rulebook.application.scenario.ScenarioRunner;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every row of rules/scenarios/ is a test of the shipped rules: one row, one test, named by its scenario. */
class ScenarioTablesTest {
    private static final RuleSet SHIPPED = RuleFilesOnDisk.shipped();
    private static final DecisionRules RULES = new DroolsRuleCompiler().compile(SHIPPED);

    @TestFactory
    Stream<DynamicTest> everyScenarioRowPasses() {
        List<ScenarioOutcome> outcomes = new ScenarioRunner().run(SHIPPED, RULES);
        return outcomes.stream()
                .map(o -> DynamicTest.dynamicTest(
                        o.file() + ":" + o.line() + " " + o.name(), () -> assertTrue(o.passed(), o.toString())));
    }

    @Test
    void theScenarioTablesCoverEveryConcern() {
        List<String> files = SHIPPED.scenarioFiles().stream().map(f -> f.path()).toList();
        assertTrue(
                files.containsAll(List.of(
                        "scenarios/screening.csv",
                        "scenarios/progress-monitoring.csv",
                        "scenarios/tiering-and-cadence.csv",
                        "scenarios/referral-and-special-education.csv",
                        "scenarios/plans.csv")),
                files.toString());
        // A row for every rule and boundary: a row added or removed changes these counts on purpose.
        assertEquals(
                Map.of(
                        "scenarios/screening.csv", 26L,
                        "scenarios/progress-monitoring.csv", 15L,
                        "scenarios/tiering-and-cadence.csv", 11L,
                        "scenarios/referral-and-special-education.csv", 24L,
                        "scenarios/plans.csv", 7L),
                new ScenarioRunner()
                        .run(SHIPPED, RULES).stream()
                                .collect(Collectors.groupingBy(ScenarioOutcome::file, Collectors.counting())));
    }
}
