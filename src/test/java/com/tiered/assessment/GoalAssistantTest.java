package com.tiered.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.assessment.domain.GoalAssistant;
import com.tiered.assessment.domain.GoalAssistant.Observation;
import com.tiered.assessment.domain.GoalProposal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalAssistantTest {
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    // Out of date order on purpose: the baseline takes the first three by date.
    private static final List<Observation> POINTS = List.of(
            new Observation(SEP_1.plusDays(14), 30),
            new Observation(SEP_1, 20),
            new Observation(SEP_1.plusDays(7), 40),
            new Observation(SEP_1.plusDays(21), 5));

    @Test
    void theBaselineIsTheMedianOfTheFirstThreePointsDatedTheThird() {
        GoalProposal goal = GoalAssistant.byBenchmark(POINTS, 100, SEP_1.plusDays(14 + 70), null);
        assertEquals(30, goal.baselineScore());
        assertEquals(SEP_1.plusDays(14), goal.baselineDate());
    }

    @Test
    void aBenchmarkGoalNeedsTheGainThatReachesItByTheGoalDate() {
        GoalProposal goal = GoalAssistant.byBenchmark(POINTS, 100, SEP_1.plusDays(14 + 70), 3.0);
        assertEquals(100, goal.goalScore());
        assertEquals(7.0, goal.neededWeeklyGain(), 1e-9);
        assertTrue(goal.ambitious(), "7 a week is more than twice the typical 3");
    }

    @Test
    void aRateGoalKeepsTheWeeklyGainUntilTheGoalDate() {
        GoalProposal goal = GoalAssistant.byRate(POINTS, 1.5, SEP_1.plusDays(14 + 70), 1.0);
        assertEquals(45.0, goal.goalScore(), 1e-9);
        assertFalse(goal.ambitious(), "1.5 a week is within twice the typical 1");
    }

    @Test
    void exactlyTwiceTheTypicalGainIsNotYetAmbitious() {
        assertFalse(GoalAssistant.byRate(POINTS, 2.0, SEP_1.plusDays(84), 1.0).ambitious());
        assertTrue(GoalAssistant.byRate(POINTS, 2.01, SEP_1.plusDays(84), 1.0).ambitious());
    }

    @Test
    void fewerThanThreePointsGiveNoBaseline() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> GoalAssistant.byBenchmark(POINTS.subList(0, 2), 100, SEP_1.plusDays(90), null));
        assertTrue(e.getMessage().contains("three progress points"), e.getMessage());
    }

    @Test
    void aGoalDateBeforeTheBaselineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GoalAssistant.byRate(POINTS, 1, SEP_1, null));
    }
}
