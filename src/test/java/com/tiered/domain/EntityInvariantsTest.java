package com.tiered.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.assessment.domain.Goal;
import com.tiered.assessment.domain.ProgressPoint;
import com.tiered.assessment.domain.ScreeningResult;
import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffUser;
import com.tiered.school.domain.School;
import com.tiered.shared.domain.ScreeningWindow;
import com.tiered.specialed.domain.PlanKind;
import com.tiered.specialed.domain.Referral;
import com.tiered.specialed.domain.SpecialEducationPlan;
import com.tiered.student.domain.Student;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entities refuse what cannot be true of a school's data. */
class EntityInvariantsTest {
    private final School school = new School("sch-1", "Maple Grove");
    private final Student student = new Student("stu-1", "Ana", "Silva", "03", school, false);
    private final LocalDate day = LocalDate.of(2026, 1, 12);

    @Test
    void aPercentileIsBetween1And99() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScreeningResult(student, "READING", "STAR", ScreeningWindow.WINTER, day, 500, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScreeningResult(student, "READING", "STAR", ScreeningWindow.WINTER, day, 500, 100));
        assertEquals(
                99,
                new ScreeningResult(student, "READING", "STAR", ScreeningWindow.WINTER, day, 500, 99).getPercentile());
        assertEquals(
                null,
                new ScreeningResult(student, "READING", "ORF", ScreeningWindow.WINTER, day, 40, null).getPercentile());
    }

    @Test
    void domainsAndMeasuresAreIdentifiers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScreeningResult(student, "Reading", "STAR", ScreeningWindow.WINTER, day, 500, 50));
        assertThrows(IllegalArgumentException.class, () -> new ProgressPoint(student, "READING", "ORF-1", day, 5));
        assertEquals("WRITING", new ProgressPoint(student, "WRITING", "CBM_2", day, 5).getDomain());
    }

    @Test
    void aScoreIsANumber() {
        assertThrows(
                IllegalArgumentException.class, () -> new ProgressPoint(student, "READING", "ORF", day, Double.NaN));
    }

    @Test
    void aGoalDateIsAfterItsBaseline() {
        assertThrows(IllegalArgumentException.class, () -> new Goal(student, "READING", "ORF", 20, day, 40, day));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Goal(student, "READING", "ORF", 20, day, 40, day.minusDays(1)));
        assertEquals(day.plusDays(1), new Goal(student, "READING", "ORF", 20, day, 40, day.plusDays(1)).getGoalDate());
    }

    @Test
    void anIepCoversAtLeastOneDomainAndA504HasNoReevaluation() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpecialEducationPlan(
                        student, PlanKind.IEP, List.of(), day, day.plusYears(1), null, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpecialEducationPlan(
                        student, PlanKind.PLAN_504, List.of(), day, day.plusYears(1), day.plusYears(3), List.of()));
        assertEquals(
                "504",
                new SpecialEducationPlan(
                                student, PlanKind.PLAN_504, List.of(), day, day.plusYears(1), null, List.of("Breaks"))
                        .getKindCode());
    }

    @Test
    void anEvaluationIsNotCompletedBeforeConsent() {
        assertThrows(IllegalArgumentException.class, () -> new Referral(student, "MATH", day, day.minusDays(1)));
        assertEquals(day, new Referral(student, "MATH", day, null).getConsentDate());
    }

    @Test
    void gradesAreKgTo12OrOneRosterCodes() {
        assertThrows(IllegalArgumentException.class, () -> new Student("s", "A", "B", "5", school, false));
        assertEquals("PK", new Student("s", "A", "B", "PK", school, false).getGrade());
    }

    @Test
    void aWithdrawnStudentIsKept() {
        student.withdraw();
        assertTrue(student.isWithdrawn());
        assertEquals("stu-1", student.getSourcedId());
    }

    @Test
    void staffHaveARoleAndAPlainUsername() {
        assertThrows(IllegalArgumentException.class, () -> new StaffUser("x", "X", "hash", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new StaffUser("Bad Name", "X", "hash", Set.of(Role.ADMIN)));
        StaffUser user = new StaffUser("sam", "Sam", "hash", Set.of(Role.SPECIALIST));
        user.assignSchool(school);
        assertTrue(user.has(Role.SPECIALIST));
        assertEquals(Set.of(school), user.getSchools());
    }
}
