package com.tiered.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffUser;
import com.tiered.shared.application.Wiring;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule-author permission goes to specialists and coordinators only; it may be taken from anybody. */
class StaffAccountsTest {
    private final SignedIn.Staff directory = new SignedIn.Staff();
    private final StaffAccounts accounts = Wiring.inject(new StaffAccounts(), directory);

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SPECIALIST", "SPED_COORDINATOR"})
    void aSpecialistOrCoordinatorMayBeGrantedThePermission(Role role) {
        directory.store(new StaffUser("sam", "Sam", "hash", Set.of(role)));
        accounts.allowRuleAuthoring("sam", true);
        assertEquals(List.of("sam +RULE_AUTHOR"), directory.roleChanges);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PRINCIPAL", "ADMIN"})
    void aPrincipalOrAdministratorIsRefusedThePermission(Role role) {
        directory.store(new StaffUser("pat", "Pat", "hash", Set.of(role)));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> accounts.allowRuleAuthoring("pat", true));
        assertEquals("pat is neither a specialist nor a coordinator", refused.getMessage());
        assertEquals(List.of(), directory.roleChanges);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PRINCIPAL", "SPECIALIST"})
    void thePermissionIsTakenFromAnybody(Role role) {
        directory.store(new StaffUser("pat", "Pat", "hash", Set.of(role)));
        accounts.allowRuleAuthoring("pat", false);
        assertEquals(List.of("pat -RULE_AUTHOR"), directory.roleChanges);
    }

    @org.junit.jupiter.api.Test
    void anUnknownUserIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> accounts.allowRuleAuthoring("nobody", true));
        assertEquals(List.of(), directory.roleChanges);
    }
}
