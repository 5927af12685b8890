package com.tiered.intervention.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.audit.domain.AccessAction;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.intervention.domain.CloseReason;
import com.tiered.intervention.domain.InterventionPlan;
import com.tiered.intervention.domain.InterventionPlans;
import com.tiered.intervention.domain.PlanStatus;
import com.tiered.intervention.domain.PlanTerms;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import com.tiered.student.application.NotInScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may change a plan: a specialist, coordinator or administrator, for a student within their schools. A principal
 * reads plans but changes none; a student outside the user's schools is refused and the refusal logged.
 */
class InterventionPlanServiceTest {
    private final DistrictInMemory district = new DistrictInMemory();
    private final Plans plans = new Plans();
    private final MemoryAccessLog log = new MemoryAccessLog();
    private final InterventionPlan maplePlan = plans.stored(new InterventionPlan(
            district.student("maple-1"), terms(), null, "specialist", Instant.parse("2026-11-02T09:00:00Z")));
    private final InterventionPlan oakPlan = plans.stored(new InterventionPlan(
            district.student("oak-1"), terms(), null, "specialist", Instant.parse("2026-11-02T09:00:00Z")));

    private InterventionPlanService serviceFor(CurrentStaff staff) {
        AccessRecorder access = log.recorderFor(staff);
        return Wiring.inject(
                new InterventionPlanService(), plans, district, district.directoryFor(staff, access), staff, access);
    }

    private static PlanTerms terms() {
        return new PlanTerms(
                "READING",
                2,
                "Phonics small group",
                3,
                30,
                "Sam Rivera",
                "ORF",
                14,
                null,
                null,
                LocalDate.now().plusDays(56),
                List.of(),
                false);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SPECIALIST", "SPED_COORDINATOR", "ADMIN"})
    void theRolesThatWorkWithPlansMayChangeThem(Role role) {
        assertTrue(
                serviceFor(SignedIn.as("someone", Set.of(role), district.maple)).mayChange());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PRINCIPAL", "RULE_AUTHOR"})
    void otherRolesMayNotChangePlans(Role role) {
        assertFalse(
                serviceFor(SignedIn.as("someone", Set.of(role), district.maple)).mayChange());
    }

    @Test
    void aSpecialistWritesAPlanForAStudentOfTheirSchoolAndTheChangeIsLogged() {
        InterventionPlanService service =
                serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        long id = service.write("maple-1", terms());
        assertEquals("maple-1", plans.find(id).orElseThrow().getStudent().getSourcedId());
        assertEquals(List.of("specialist CHANGED_PLAN maple-1: Wrote a READING plan"), log.lines());
    }

    @Test
    void aSpecialistStartsAPlanOfTheirSchool() {
        InterventionPlanService service =
                serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        service.activate(maplePlan.getId(), maplePlan.getVersion(), LocalDate.now());
        assertEquals(PlanStatus.ACTIVE, maplePlan.getStatus());
        assertEquals(List.of("specialist CHANGED_PLAN maple-1: Started plan " + maplePlan.getId()), log.lines());
    }

    @Test
    void aPrincipalIsRefusedEveryChangeEvenAtTheirOwnSchool() {
        InterventionPlanService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        long id = maplePlan.getId();
        int version = maplePlan.getVersion();
        List<Executable> changes = List.of(
                () -> service.accept("maple-1", "READING"),
                () -> service.write("maple-1", terms()),
                () -> service.revise(id, version, terms()),
                () -> service.activate(id, version, LocalDate.now()),
                () -> service.close(id, version, CloseReason.GOAL_MET, "met"));
        for (Executable change : changes) {
            NotAllowed refused = assertThrows(NotAllowed.class, change);
            assertEquals("Your role may read plans but not change them", refused.getMessage());
        }
        assertEquals(PlanStatus.DRAFT, maplePlan.getStatus());
        assertEquals(2, plans.stored.size(), "no plan was added");
        assertEquals(List.of(), log.lines());
    }

    @Test
    void aSpecialistIsRefusedEveryChangeForAStudentOfAnotherSchoolAndEachRefusalIsLogged() {
        InterventionPlanService service =
                serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        long id = oakPlan.getId();
        int version = oakPlan.getVersion();
        List<Executable> changes = List.of(
                () -> service.accept("oak-1", "READING"),
                () -> service.write("oak-1", terms()),
                () -> service.revise(id, version, terms()),
                () -> service.activate(id, version, LocalDate.now()),
                () -> service.close(id, version, CloseReason.GOAL_MET, "met"));
        for (Executable change : changes) {
            assertThrows(NotInScope.class, change);
        }
        assertEquals(PlanStatus.DRAFT, oakPlan.getStatus());
        assertEquals(2, plans.stored.size(), "no plan was added");
        assertEquals(Collections.nCopies(5, "specialist REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aPrincipalReadsThePlansOfTheirSchoolButNotAnothers() {
        InterventionPlanService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        assertEquals(1, service.plansOf("maple-1").size());
        assertThrows(NotInScope.class, () -> service.plansOf("oak-1"));
        assertEquals(List.of("principal REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aCoordinatorChangesAPlanAtAnySchool() {
        InterventionPlanService service = serviceFor(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR)));
        service.close(oakPlan.getId(), oakPlan.getVersion(), CloseReason.GOAL_MET, "met");
        assertEquals(PlanStatus.CLOSED, oakPlan.getStatus());
        assertEquals(List.of(AccessAction.CHANGED_PLAN), log.actions());
    }

    /** Plans in memory, numbered as they are stored. */
    private static final class Plans implements InterventionPlans {
        final List<InterventionPlan> stored = new ArrayList<>();

        InterventionPlan stored(InterventionPlan plan) {
            store(plan);
            return plan;
        }

        @Override
        public Optional<InterventionPlan> find(long id) {
            return stored.stream().filter(p -> p.getId() == id).findFirst();
        }

        @Override
        public List<InterventionPlan> of(String studentSourcedId) {
            return stored.stream()
                    .filter(p -> p.getStudent().getSourcedId().equals(studentSourcedId))
                    .toList();
        }

        @Override
        public void store(InterventionPlan plan) {
            stored.add(Wiring.withId(plan, stored.size() + 1L));
        }
    }
}
