package com.tiered.rulebook.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.application.scenario.ScenarioOutcome;
import com.tiered.rulebook.application.scenario.ScenarioRunner;
import com.tiered.rulebook.domain.RuleCompiler;
import com.tiered.rulebook.domain.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A rule set may be used only if it compiles, is safe, and passes every one of its scenarios. */
@ApplicationScoped
public class RuleSetValidation {
    @Inject
    private RuleCompiler compiler;

    private final ScenarioRunner scenarios = new ScenarioRunner();

    public RuleSetValidation() {}

    public RuleSetValidation(RuleCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * @return the compiled rules
     * @throws RuleSetRejected with every compile error, unsafe construct or failing scenario
     */
    public DecisionRules validate(RuleSet ruleSet) {
        DecisionRules rules = compiler.compile(ruleSet);
        List<RuleMessage> failures = scenarios.run(ruleSet, rules).stream()
                .filter(o -> !o.passed())
                .map(RuleSetValidation::toMessage)
                .toList();
        if (!failures.isEmpty()) {
            throw new RuleSetRejected("The rule set fails " + failures.size() + " scenario(s)", failures);
        }
        return rules;
    }

    private static RuleMessage toMessage(ScenarioOutcome o) {
        String text = "scenario \"" + o.name() + "\" "
                + (o.problem() != null
                        ? o.problem()
                        : "expected [" + o.expected() + "] but the rules decided [" + o.actual() + "]");
        return new RuleMessage("ERROR", o.file(), o.line(), 0, null, text);
    }
}
