package com.tiered.importing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The students a bulk users file withdraws by leaving them out, and the one-fifth guard. */
class WithdrawalPlanTest {

    @Test
    void theActiveStudentsOfTheBundlesSchoolsThatTheFileDoesNotListAreWithdrawn() {
        WithdrawalPlan plan = WithdrawalPlan.of(
                List.of(
                        roster("sch-a", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"),
                        roster("sch-b", "t1", "t2")),
                Set.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s10", "t1", "t2", "new-1"));
        assertEquals(List.of("s9"), plan.students());
        assertEquals(1, plan.schools().size(), "a school that loses nobody is not in the plan");
        WithdrawalPlan.School a = plan.schools().get(0);
        assertEquals("sch-a", a.school());
        assertEquals(10, a.activeStudents());
        assertEquals(List.of("s9"), a.leftOut());
    }

    @Test
    void aStudentTheFileListsAtAnotherSchoolHasMovedAndIsNotWithdrawn() {
        WithdrawalPlan plan = WithdrawalPlan.of(List.of(roster("sch-a", "s1", "s2")), Set.of("s1", "s2"));
        assertEquals(List.of(), plan.students());
    }

    @Test
    void exactlyAFifthGoesThroughUnconfirmedAndOneMoreIsHeldBack() {
        WithdrawalPlan fifth = WithdrawalPlan.of(List.of(school("sch-a", 10)), listed("sch-a", 3, 10));
        assertEquals(2, fifth.students().size());
        assertEquals(List.of(), fifth.overLimit());
        assertDoesNotThrow(() -> fifth.requireConfirmation(false));

        WithdrawalPlan more = WithdrawalPlan.of(List.of(school("sch-a", 10)), listed("sch-a", 4, 10));
        assertEquals(3, more.students().size());
        assertEquals(1, more.overLimit().size());
        WithdrawalsUnconfirmed refused =
                assertThrows(WithdrawalsUnconfirmed.class, () -> more.requireConfirmation(false));
        assertTrue(
                refused.getMessage().contains("3 of the 10 active students of School sch-a (sch-a)")
                        && refused.getMessage().contains("more than a fifth")
                        && refused.getMessage().contains("confirmWithdrawals=true")
                        && refused.getMessage().contains("Nothing was imported"),
                refused.getMessage());
        assertDoesNotThrow(() -> more.requireConfirmation(true), "confirmed");
    }

    @Test
    void theGuardCountsEachSchoolOnItsOwnAndNamesOnlyThoseOverIt() {
        // 30 of 200 district-wide is under a fifth, but all 30 are the whole of a small school.
        WithdrawalPlan plan =
                WithdrawalPlan.of(List.of(school("big", 170), school("small", 30)), listed("big", 1, 170));
        assertEquals(30, plan.students().size());
        WithdrawalsUnconfirmed refused =
                assertThrows(WithdrawalsUnconfirmed.class, () -> plan.requireConfirmation(false));
        assertEquals(
                List.of("small"),
                refused.schools().stream().map(WithdrawalPlan.School::school).toList());
        assertTrue(refused.getMessage().contains("30 of the 30 active students of School small"), refused.getMessage());
    }

    @Test
    void aSchoolWithoutActiveStudentsLosesNobody() {
        WithdrawalPlan plan = WithdrawalPlan.of(List.of(roster("sch-new")), Set.of("s1"));
        assertEquals(List.of(), plan.schools());
        assertDoesNotThrow(() -> plan.requireConfirmation(false));
    }

    private static WithdrawalPlan.Roster roster(String school, String... students) {
        return new WithdrawalPlan.Roster(school, "School " + school, List.of(students));
    }

    private static WithdrawalPlan.Roster school(String school, int students) {
        return new WithdrawalPlan.Roster(
                school,
                "School " + school,
                IntStream.rangeClosed(1, students)
                        .mapToObj(i -> school + "-" + i)
                        .toList());
    }

    /** Students {@code from}…{@code to} of the school. */
    private static Set<String> listed(String school, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> school + "-" + i).collect(Collectors.toSet());
    }
}
