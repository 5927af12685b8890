package com.tiered.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.audit.domain.AccessAction;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.shared.application.RefusedByRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A 403 for a missing role is logged once per request, and not on top of a scope refusal already logged. */
class AccessRecorderTest {
    private final MemoryAccessLog log = new MemoryAccessLog();
    private final AccessRecorder access = log.recorderFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL)));

    @Test
    void aRefusalByRoleIsLoggedWithTheAddressAndTheUser() {
        access.onRefusedByRole(new RefusedByRole("GET", "/admin/staff.xhtml"));
        assertEquals(List.of("principal REFUSED null: Refused: role — GET /admin/staff.xhtml"), log.lines());
    }

    @Test
    void aRefusalAlreadyLoggedInThisRequestIsNotLoggedAgainAsARoleRefusal() {
        access.record(AccessAction.REFUSED, "oak-1", "Outside the user's schools");
        access.onRefusedByRole(new RefusedByRole("GET", "/student.xhtml"));
        assertEquals(List.of("principal REFUSED oak-1: Outside the user's schools"), log.lines());
    }

    @Test
    void anotherActionInTheRequestDoesNotHideARoleRefusal() {
        access.record(AccessAction.VIEWED_STUDENT, "maple-1", "Student page");
        access.onRefusedByRole(new RefusedByRole("POST", "/api/rules"));
        assertEquals(List.of(AccessAction.VIEWED_STUDENT, AccessAction.REFUSED), log.actions());
    }
}
