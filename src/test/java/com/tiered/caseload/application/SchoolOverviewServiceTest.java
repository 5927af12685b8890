package com.tiered.caseload.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.caseload.application.SchoolOverviewService.SchoolNotInScope;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.SchoolBoard;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A principal opens the overview of their school only; coordinators and administrators any school's. */
class SchoolOverviewServiceTest {
    private final DistrictInMemory district = new DistrictInMemory();
    private final BoardInMemory caseloads = new BoardInMemory();
    private final List<Long> overviews = new ArrayList<>();
    private final SchoolBoard board = (schoolId, today) -> {
        overviews.add(schoolId);
        return Optional.empty();
    };
    private final MemoryAccessLog log = new MemoryAccessLog();

    private SchoolOverviewService serviceFor(CurrentStaff staff) {
        return Wiring.inject(new SchoolOverviewService(), board, caseloads, staff, log.recorderFor(staff));
    }

    @Test
    void aPrincipalOpensTheirSchoolAndTheReadIsLogged() {
        SchoolOverviewService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        service.overview(DistrictInMemory.MAPLE_ID);
        assertEquals(List.of(DistrictInMemory.MAPLE_ID), overviews);
        assertEquals(List.of("principal VIEWED_LIST null: School overview of school 10"), log.lines());
    }

    @Test
    void aPrincipalIsRefusedAnotherSchoolAndTheRefusalIsLogged() {
        SchoolOverviewService service = serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple));
        SchoolNotInScope refused =
                assertThrows(SchoolNotInScope.class, () -> service.overview(DistrictInMemory.OAK_ID));
        assertEquals("School 20 is outside your schools", refused.getMessage());
        assertEquals(List.of(), overviews, "nothing was counted");
        assertEquals(List.of("principal REFUSED null: School 20 is outside the user's schools"), log.lines());
    }

    @Test
    void aCoordinatorOrAdministratorOpensAnySchool() {
        for (Role role : List.of(Role.SPED_COORDINATOR, Role.ADMIN)) {
            SchoolOverviewService service = serviceFor(SignedIn.as("district", Set.of(role)));
            assertDoesNotThrow(() -> service.overview(DistrictInMemory.OAK_ID));
        }
        assertEquals(List.of(DistrictInMemory.OAK_ID, DistrictInMemory.OAK_ID), overviews);
    }

    @Test
    void theSchoolsToChooseFromAreTheUsersOnly() {
        assertEquals(
                List.of("Maple Elementary"),
                serviceFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple)).schools().stream()
                        .map(Choice::label)
                        .toList());
        assertEquals(
                List.of("Maple Elementary", "Oak Middle"),
                serviceFor(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR))).schools().stream()
                        .map(Choice::label)
                        .toList());
    }
}
