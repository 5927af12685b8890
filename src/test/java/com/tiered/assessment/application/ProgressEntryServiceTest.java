package com.tiered.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.assessment.domain.GoalProposal;
import com.tiered.assessment.domain.ProgressRecords;
import com.tiered.assessment.domain.ProgressRecords.NewPoint;
import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import com.tiered.student.application.NotInScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may enter progress and set goals: specialists, coordinators and administrators, for students within their
 * schools; a save with one student outside them stores nothing.
 */
class ProgressEntryServiceTest {
    private static final LocalDate MONDAY = LocalDate.now().minusDays(1);
    private static final GoalProposal GOAL =
            new GoalProposal(40, MONDAY.minusWeeks(3), 90, MONDAY.plusWeeks(20), 2.5, 1.5);

    private final DistrictInMemory district = new DistrictInMemory();
    private final Records records = new Records();
    private final Evaluations evaluations = new Evaluations();
    private final MemoryAccessLog log = new MemoryAccessLog();

    private ProgressEntryService serviceFor(CurrentStaff staff) {
        AccessRecorder access = log.recorderFor(staff);
        return Wiring.inject(
                new ProgressEntryService(), records, district.directoryFor(staff, access), staff, access, evaluations);
    }

    private static NewPoint point(String student) {
        return new NewPoint(student, "READING", "ORF", MONDAY, 52);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SPECIALIST", "SPED_COORDINATOR", "ADMIN"})
    void theRolesThatMonitorProgressMayEnterIt(Role role) {
        assertTrue(serviceFor(SignedIn.as("someone", Set.of(role))).mayEnter());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PRINCIPAL", "RULE_AUTHOR"})
    void otherRolesMayNotEnterProgress(Role role) {
        assertFalse(serviceFor(SignedIn.as("someone", Set.of(role))).mayEnter());
    }

    @Test
    void aSpecialistEntersPointsForTheirStudentsWhoAreThenReevaluated() {
        ProgressEntryService service = serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertEquals(1, service.enter(List.of(point("maple-1"))));
        assertEquals(List.of("maple-1"), records.points);
        assertEquals(List.of("maple-1 by specialist"), evaluations.evaluated);
        assertEquals(List.of("specialist ENTERED_PROGRESS maple-1: READING ORF " + MONDAY + ": 52.0"), log.lines());
    }

    @Test
    void aPrincipalIsRefusedPointsAndGoalsAtTheirOwnSchool() {
        ProgressEntryService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        IllegalStateException points =
                assertThrows(IllegalStateException.class, () -> service.enter(List.of(point("maple-1"))));
        assertEquals("Your role may read progress but not enter it", points.getMessage());
        assertThrows(IllegalStateException.class, () -> service.setGoal("maple-1", "READING", "ORF", GOAL));
        assertEquals(List.of(), records.points);
        assertEquals(List.of(), records.goals);
        assertEquals(List.of(), evaluations.evaluated);
        assertEquals(List.of(), log.lines());
    }

    @Test
    void aGroupWithOneStudentOfAnotherSchoolStoresNothingAndTheRefusalIsLogged() {
        ProgressEntryService service = serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertThrows(NotInScope.class, () -> service.enter(List.of(point("maple-1"), point("oak-1"))));
        assertEquals(List.of(), records.points);
        assertEquals(List.of(), evaluations.evaluated);
        assertEquals(List.of("specialist REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aGoalForAStudentOfAnotherSchoolIsRefusedAndLogged() {
        ProgressEntryService service = serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertThrows(NotInScope.class, () -> service.setGoal("oak-1", "READING", "ORF", GOAL));
        assertEquals(List.of(), records.goals);
        assertEquals(List.of("specialist REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aCoordinatorSetsAGoalAtAnySchool() {
        ProgressEntryService service = serviceFor(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR)));
        service.setGoal("oak-1", "READING", "orf", GOAL);
        assertEquals(List.of("oak-1 READING ORF"), records.goals);
        assertEquals(List.of("oak-1 by coordinator"), evaluations.evaluated);
        assertEquals(List.of("coordinator SET_GOAL oak-1: READING ORF: 90.0 by " + GOAL.goalDate()), log.lines());
    }

    /** What was stored. */
    private static final class Records implements ProgressRecords {
        final List<String> points = new ArrayList<>();
        final List<String> goals = new ArrayList<>();

        @Override
        public void storePoints(List<NewPoint> newPoints) {
            newPoints.forEach(p -> points.add(p.studentSourcedId()));
        }

        @Override
        public void storeGoal(String studentSourcedId, String domain, String measure, GoalProposal goal) {
            goals.add(studentSourcedId + " " + domain + " " + measure);
        }
    }

    /** The students re-evaluated, and by whom. */
    private static final class Evaluations extends EvaluationService {
        final List<String> evaluated = new ArrayList<>();

        @Override
        public EvaluationRun evaluateStudents(List<String> sourcedIds, String startedBy) {
            sourcedIds.forEach(id -> evaluated.add(id + " by " + startedBy));
            return null;
        }
    }
}
