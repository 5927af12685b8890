package com.tiered.rulebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionChangeTest {
    private static StudentDecisions decided(Integer tier, String... flags) {
        List<FlagDecision> f = java.util.Arrays.stream(flags)
                .map(c -> new FlagDecision(c, "rule", "why"))
                .toList();
        return new StudentDecisions(
                "stu-1",
                List.of(new DomainDecision("READING", tier, "Tier rule", "evidence", f)),
                List.of(),
                List.of());
    }

    @Test
    void aTierThatRisesIsAChangeUpWithTheFlagsGainedAndLost() {
        List<DecisionChange> changes = DecisionChange.between(
                decided(1, "SCREEN_ON_WATCH"), decided(2, "SCREEN_INTERVENTION", "PM_NOT_STARTED"));
        assertEquals(1, changes.size());
        DecisionChange c = changes.get(0);
        assertEquals(1, c.direction());
        assertEquals(List.of("PM_NOT_STARTED", "SCREEN_INTERVENTION"), c.flagsGained());
        assertEquals(List.of("SCREEN_ON_WATCH"), c.flagsLost());
        assertTrue(c.whyAfter().startsWith("Tier rule"));
    }

    @Test
    void theSameDecisionsAreNoChange() {
        assertEquals(List.of(), DecisionChange.between(decided(2, "A"), decided(2, "A")));
    }
}
