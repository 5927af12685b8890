package com.tiered.rulebook.domain;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleSetRejected;

/** Turns rule files into decision rules, or refuses them with every message. */
public interface RuleCompiler {

    /** @throws RuleSetRejected when a file does not compile or is unsafe */
    DecisionRules compile(RuleSet ruleSet);
}
