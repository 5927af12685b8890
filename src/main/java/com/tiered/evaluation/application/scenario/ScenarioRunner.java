package com.tiered.evaluation.application.scenario;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.RuleFile;
import com.tiered.evaluation.domain.RuleSet;
import com.tiered.evaluation.domain.StudentDecisions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs every row of a rule set's scenario tables against compiled rules. */
public final class ScenarioRunner {
    private final ScenarioTableReader reader = new ScenarioTableReader();

    public List<ScenarioOutcome> run(RuleSet ruleSet, DecisionRules rules) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (RuleFile table : ruleSet.scenarioFiles()) {
            for (Object row : reader.read(table)) {
                outcomes.add(row instanceof Scenario s ? run(s, rules) : (ScenarioOutcome) row);
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
                String actualPlans = ScenarioTableReader.normalise(plans(decided));
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

    /**
     * The plans in the expect_plans form: "READING:3:5x45:7:2026-03-30:ORF:iep:Breaks+Calculator" — domain, tier,
     * sessions x minutes, monitoring interval, review date, progress measure, iep or - , accommodations. "none" when
     * no plan is expected.
     */
    static String plans(StudentDecisions decided) {
        if (decided.plans().isEmpty()) {
            return "none";
        }
        return decided.plans().stream().map(p -> plan(p)).collect(Collectors.joining(" | "));
    }

    private static String plan(PlanRecommendation p) {
        return p.domain() + ":" + p.tier() + ":" + p.sessionsPerWeek() + "x" + p.minutesPerSession() + ":"
                + p.monitoringIntervalDays() + ":" + p.reviewOn() + ":" + p.progressMeasure() + ":"
                + (p.iepCoordinated() ? "iep" : "-") + ":" + String.join("+", p.accommodations());
    }

    private static String codes(List<FlagDecision> flags) {
        return flags.stream().map(FlagDecision::code).sorted().collect(Collectors.joining("+"));
    }
}
