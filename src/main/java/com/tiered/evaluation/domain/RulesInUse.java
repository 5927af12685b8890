package com.tiered.evaluation.domain;

/**
 * The compiled rule set decisions are made with now. The rulebook owns which version that is and swaps it whole on
 * activation; evaluation and the goal assistant only read it.
 */
public interface RulesInUse {

    /** False until a rule set is live (during start-up). */
    boolean isReady();

    /**
     * The live rules.
     *
     * @throws IllegalStateException before a rule set is live
     */
    DecisionRules rules();

    /** How each flag reads on the pages: the live rule set's table, the shipped one before any is live. */
    default FlagTable flags() {
        return isReady() ? rules().flags() : FlagTable.shipped();
    }
}
