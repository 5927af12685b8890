package com.tiered.rulebook.application.scenario;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs every row of a rule set's scenario tables against compiled rules. */
public final class ScenarioRunner {
    private final ScenarioTableReader reader = new ScenarioTableReader();

    public List<ScenarioOutcome> run(RuleSet ruleSet, DecisionRules rules) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (RuleFile table : ruleSet.scenarioFiles()) {
            for (ScenarioRow row : reader.read(table)) {
                outcomes.add(row instanceof Scenario s ? run(s, rules) : ((ScenarioRow.Unreadable) row).outcome());
            }
        }
        return outcomes;
    }

    private static ScenarioOutcome run(Scenario s, DecisionRules rules) {
        try {
            StudentDecisions decided =
                    rules.decide(s.asOf(), List.of(s.facts())).get(0);
            String actual = ScenarioTableReader.normalise(results(decided));
            boolean passed = actual.equals(s.expectedResults());
            String expected = s.expectedResults();
            if (passed && s.expectedPlans() != null) {
                String actualPlans = PlanExpectations.written(decided.plans());
                passed = actualPlans.equals(s.expectedPlans());
                if (!passed) {
                    expected = s.expectedPlans();
                    actual = actualPlans;
                }
            }
            return new ScenarioOutcome(s.file(), s.line(), s.name(), passed, expected, actual, null);
        } catch (RuntimeException e) {
            return new ScenarioOutcome(
                    s.file(),
                    s.line(),
                    s.name(),
                    false,
                    s.expectedResults(),
                    null,
                    "the rules failed: " + e.getMessage());
        }
    }

    /** "READING:3:A+B | -::C", the form of the expect column. */
    static String results(StudentDecisions decided) {
        List<String> items = new ArrayList<>();
        for (DomainDecision d : decided.domains()) {
            items.add(d.domain() + ":" + (d.tier() == null ? "" : d.tier()) + ":" + codes(d.flags()));
        }
        if (!decided.flags().isEmpty()) {
            items.add(StudentDecisions.STUDENT_LEVEL + "::" + codes(decided.flags()));
        }
        return String.join(" | ", items);
    }

    private static String codes(List<FlagDecision> flags) {
        return flags.stream().map(FlagDecision::code).sorted().collect(Collectors.joining("+"));
    }
}
