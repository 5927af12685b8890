package com.tiered.caseload.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.audit.domain.AccessAction;
import com.tiered.caseload.application.CaseloadService.Wanted;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever the page asks for, the caseload stays within the user's schools; "my caseload" is a specialist's own. */
class CaseloadServiceTest {
    private static final Wanted EVERYTHING = wanted(null, false);

    private final DistrictInMemory district = new DistrictInMemory();
    private final BoardInMemory board = new BoardInMemory();
    private final MemoryAccessLog log = new MemoryAccessLog();

    private CaseloadService serviceFor(CurrentStaff staff) {
        return Wiring.inject(
                new CaseloadService(),
                board,
                staff,
                log.recorderFor(staff),
                Wiring.inject(new CaseloadChoices(), board, NO_RUN_YET, SHIPPED_RULES));
    }

    /** No district evaluation has run: the choices come from the board alone. */
    private static final StudentDecisionsQuery NO_RUN_YET = new StudentDecisionsQuery() {
        @Override
        public Optional<EvaluationRun> latestDistrictRun() {
            return Optional.empty();
        }
    };

    /** Before any rule set is live the pages read the shipped flags table. */
    private static final RulesInUse SHIPPED_RULES = new RulesInUse() {
        @Override
        public boolean isReady() {
            return false;
        }

        @Override
        public DecisionRules rules() {
            throw new IllegalStateException("No rule set is live yet");
        }
    };

    private static Wanted wanted(Long schoolId, boolean caseloadOnly) {
        return new Wanted(schoolId, null, null, null, null, null, caseloadOnly, false, false, false);
    }

    private CaseloadFilter lastFilter() {
        return board.filters.get(board.filters.size() - 1);
    }

    @Test
    void aPrincipalsListIsLimitedToTheirSchoolsEvenWhenThePageAsksForAnother() {
        CaseloadService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        service.page(wanted(DistrictInMemory.OAK_ID, false), CaseloadSort.NAME, true, 0, 25);
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID), lastFilter().scope());
        assertEquals(DistrictInMemory.OAK_ID, lastFilter().schoolId(), "narrows within the scope, never widens it");
        service.count(EVERYTHING);
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID), lastFilter().scope());
        service.export(EVERYTHING, CaseloadSort.NAME, row -> {});
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID), lastFilter().scope());
    }

    @Test
    void aPrincipalHasNoCaseloadOfTheirOwn() {
        CaseloadService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        service.page(wanted(null, true), CaseloadSort.NEEDS_ATTENTION, true, 0, 25);
        assertNull(lastFilter().caseloadOf());
        assertNull(lastFilter().caseloadFirstFor());
    }

    @Test
    void aSpecialistsCaseloadIsTheirOwnAndComesFirst() {
        CurrentStaff specialist = SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple);
        CaseloadService service = serviceFor(specialist);
        service.page(wanted(null, true), CaseloadSort.NEEDS_ATTENTION, true, 0, 25);
        assertEquals(specialist.user().getId(), lastFilter().caseloadOf());
        assertEquals(specialist.user().getId(), lastFilter().caseloadFirstFor());
        service.page(EVERYTHING, CaseloadSort.NEEDS_ATTENTION, true, 0, 25);
        assertNull(lastFilter().caseloadOf(), "the whole scope when not asked for the caseload only");
        assertEquals(specialist.user().getId(), lastFilter().caseloadFirstFor());
    }

    @Test
    void aCoordinatorSeesTheDistrict() {
        CaseloadService service = serviceFor(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR)));
        service.page(EVERYTHING, CaseloadSort.NAME, true, 0, 25);
        assertNull(lastFilter().scope());
        assertEquals(
                List.of("Maple Elementary", "Oak Middle"),
                service.schools().stream().map(Choice::label).toList());
    }

    @Test
    void theSchoolsToFilterByAreTheUsersOnly() {
        CaseloadService service = serviceFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.oak));
        assertEquals(
                List.of("Oak Middle"),
                service.schools().stream().map(Choice::label).toList());
    }

    @Test
    void everyPageAndExportIsLogged() {
        CaseloadService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        service.page(EVERYTHING, CaseloadSort.NAME, true, 0, 25);
        service.export(EVERYTHING, CaseloadSort.NAME, row -> {});
        assertEquals(List.of(AccessAction.VIEWED_LIST, AccessAction.EXPORTED), log.actions());
        assertEquals(
                "principal VIEWED_LIST null: Caseload rows 1-0: " + EVERYTHING,
                log.lines().get(0));
    }
}
