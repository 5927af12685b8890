package com.tiered.rulebook.application.scenario;

import com.tiered.evaluation.domain.StudentFacts;
import java.time.LocalDate;

/**
 * One row of a scenario table: the facts of one student as of a date, and what the rules must decide.
 * {@code expectedResults} is the results-file form of the expected domains and flags ("READING:3:SCREEN_URGENT");
 * {@code expectedPlans}, when not null, the plans in the canonical form of {@link PlanExpectations}.
 */
public record Scenario(
        String file,
        int line,
        String name,
        LocalDate asOf,
        StudentFacts facts,
        String expectedResults,
        String expectedPlans)
        implements ScenarioRow {}
