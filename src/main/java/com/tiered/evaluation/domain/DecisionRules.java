package com.tiered.evaluation.domain;

import com.tiered.evaluation.domain.fact.GrowthNorm;
import java.time.LocalDate;
import java.util.List;

/** A compiled, usable rule set. Thread-safe: many evaluations may run on it at once. */
public interface DecisionRules {

    /** The rule set's version (its content hash). */
    String version();

    /**
     * Decides about the given students as of a date. Data dated after {@code asOf} must already be left out.
     *
     * @throws RuleSetRejected when the rules run away (fire past the limit)
     */
    List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students);

    /** The growth norms the rule files hold, for the goal-setting assistant. */
    List<GrowthNorm> growthNorms();
}
