package com.tiered.evaluation.domain;

import com.tiered.evaluation.domain.fact.GrowthNorm;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A compiled, usable rule set. Thread-safe: many evaluations may run on it at once. */
public interface DecisionRules {

    /** The rule set's version (its content hash). */
    String version();

    /**
     * Decides about the given students as of a date. Data dated after {@code asOf} must already be left out.
     *
     * @throws RuleSetRejected when the rules run away (fire past the limit or their time budget)
     */
    default List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students) {
        return decide(asOf, students, () -> false);
    }

    /**
     * As {@link #decide(LocalDate, List)}, stopping as soon as {@code stop} answers true (a cancelled preview).
     *
     * @throws RuleRunStopped when stopped, or when the rules ran past their firing limit or time budget
     */
    List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students, BooleanSupplier stop);

    /** The growth norms the rule files hold, for the goal-setting assistant. */
    List<GrowthNorm> growthNorms();

    /** How the rule set's flags read on the pages and which ask for action ({@link FlagTable}). */
    default FlagTable flags() {
        return FlagTable.shipped();
    }
}
