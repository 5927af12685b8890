package com.tiered.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.intervention.domain.CloseReason;
import com.tiered.intervention.domain.InterventionPlan;
import com.tiered.intervention.domain.PlanStatus;
import com.tiered.intervention.domain.PlanTerms;
import com.tiered.school.domain.School;
import com.tiered.student.domain.Student;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static PlanTerms terms(int sessions) {
        return new PlanTerms(
                "READING",
                2,
                "Phonics small group",
                sessions,
                30,
                "Sam Rivera",
                "ORF",
                14,
                null,
                null,
                TODAY.plusDays(56),
                List.of("Extended time"),
                true);
    }

    private static InterventionPlan draft() {
        Student student = new Student("stu-1", "Ada", "Lovelace", "03", new School("sch-1", "Maple"), false);
        return new InterventionPlan(student, terms(3), "Recommend a plan", "specialist", NOW);
    }

    @Test
    void aPlanGoesFromDraftToActiveToClosedAndKeepsEveryStep() {
        InterventionPlan plan = draft();
        plan.activate(TODAY, "specialist", NOW);
        plan.close(CloseReason.GOAL_MET, "met in 8 weeks", TODAY.plusDays(56), "coordinator", NOW);
        assertEquals(PlanStatus.CLOSED, plan.getStatus());
        assertEquals(CloseReason.GOAL_MET, plan.getCloseReason());
        assertEquals(
                List.of(PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.CLOSED),
                plan.getHistory().stream().map(e -> e.getStatus()).toList());
        assertTrue(plan.getHistory().get(2).getNote().contains("Goal met — met in 8 weeks"));
        assertEquals("coordinator", plan.getHistory().get(2).getUsername());
    }

    @Test
    void onlyADraftMayBeRevisedOrStarted() {
        InterventionPlan plan = draft();
        plan.revise(terms(4), "specialist", NOW);
        assertEquals(4, plan.terms().sessionsPerWeek());
        plan.activate(TODAY, "specialist", NOW);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> plan.revise(terms(5), "specialist", NOW));
        assertTrue(e.getMessage().contains("Only a draft plan can be revised"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> plan.activate(TODAY, "specialist", NOW));
    }

    @Test
    void aClosedPlanCannotBeClosedAgain() {
        InterventionPlan plan = draft();
        plan.close(CloseReason.WITHDRAWN_DRAFT, null, TODAY, "specialist", NOW);
        assertThrows(IllegalStateException.class, () -> plan.close(CloseReason.MOVED, null, TODAY, "specialist", NOW));
    }

    @Test
    void termsNoSchoolCouldFollowAreRefusedWithTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> terms(0));
        assertTrue(e.getMessage().startsWith("sessions per week must be between 1 and 10"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new PlanTerms("READING", 2, " ", 3, 30, "x", "ORF", 14, null, null, TODAY, List.of(), false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PlanTerms("READING", 2, "x", 3, 30, "x", "ORF", 14, 50.0, null, TODAY, List.of(), false));
    }
}
