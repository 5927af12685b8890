package com.tiered.rulebook.application.scenario;

/** How one scenario row fared: passed, or failed with expected against actual (or why it could not run). */
public record ScenarioOutcome(
        String file, int line, String name, boolean passed, String expected, String actual, String problem) {

    @Override
    public String toString() {
        if (passed) {
            return "PASS " + file + ":" + line + " " + name;
        }
        return "FAIL " + file + ":" + line + " " + name
                + (problem != null ? ": " + problem : ": expected [" + expected + "] but was [" + actual + "]");
    }
}
