package com.tiered.operations.application;

import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.operations.domain.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether Tiered can serve: the database answers and a rule set is live; and which database and rules these are. */
@ApplicationScoped
public class ServiceState {
    @Inject
    private RulesInUse live;

    @Inject
    private DatabaseProbe database;

    /** {@code database}: engine and version, or why it does not answer; {@code rulesVersion} null until live. */
    public record State(boolean up, String database, String rulesVersion) {}

    public State read() {
        String answer;
        try {
            answer = database.describe();
        } catch (IllegalStateException e) {
            return new State(false, "not answering: " + e.getMessage(), null);
        }
        return live.isReady() ? new State(true, answer, live.rules().version()) : new State(false, answer, null);
    }
}
