package com.tiered.rulebook.application.scenario;

/** A row of a scenario table as read: a scenario to run, or a row that could not be read and fails as it is. */
public sealed interface ScenarioRow permits Scenario, ScenarioRow.Unreadable {

    /** A row that cannot be read: where it is and why. */
    record Unreadable(String file, int line, String name, String problem) implements ScenarioRow {

        public ScenarioOutcome outcome() {
            return new ScenarioOutcome(file, line, name, false, null, null, problem);
        }
    }
}
