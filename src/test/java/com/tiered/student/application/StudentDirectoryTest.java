package com.tiered.student.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A student outside the user's schools is refused and the refusal is in the access log. */
class StudentDirectoryTest {
    private final DistrictInMemory district = new DistrictInMemory();
    private final MemoryAccessLog log = new MemoryAccessLog();

    private StudentDirectory directoryOf(CurrentStaff staff) {
        return district.directoryFor(staff, log.recorderFor(staff));
    }

    @Test
    void aStudentAtTheUsersSchoolPassesAndNothingIsLogged() {
        StudentDirectory directory = directoryOf(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertDoesNotThrow(() -> directory.requireInScope("maple-1"));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void aStudentAtAnotherSchoolIsRefusedAndTheRefusalLogged() {
        StudentDirectory directory = directoryOf(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        NotInScope refused = assertThrows(NotInScope.class, () -> directory.requireInScope("oak-1"));
        assertEquals("Student oak-1 is outside your schools", refused.getMessage());
        assertEquals(List.of("specialist REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aPrincipalIsRefusedAStudentOfAnotherSchoolToo() {
        StudentDirectory directory = directoryOf(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.oak));
        assertThrows(NotInScope.class, () -> directory.requireInScope("maple-1"));
        assertEquals(List.of("principal REFUSED maple-1: Outside the user's schools"), log.lines());
    }

    @Test
    void aCoordinatorOrAdministratorReachesEveryStudent() {
        for (Role role : List.of(Role.SPED_COORDINATOR, Role.ADMIN)) {
            StudentDirectory directory = directoryOf(SignedIn.as("district", Set.of(role)));
            assertDoesNotThrow(() -> directory.requireInScope("maple-1"));
            assertDoesNotThrow(() -> directory.requireInScope("oak-1"));
        }
        assertEquals(List.of(), log.lines());
    }

    @Test
    void anUnknownStudentPassesTheCheckToBeAnsweredNotFound() {
        StudentDirectory directory = directoryOf(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertDoesNotThrow(() -> directory.requireInScope("nobody"));
        assertEquals(Optional.empty(), directory.record("nobody"));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void theRecordOfAStudentAtAnotherSchoolIsRefusedAndLogged() {
        StudentDirectory directory = directoryOf(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.maple));
        assertThrows(NotInScope.class, () -> directory.record("oak-1"));
        assertEquals(List.of("specialist REFUSED oak-1: Outside the user's schools"), log.lines());
    }
}
