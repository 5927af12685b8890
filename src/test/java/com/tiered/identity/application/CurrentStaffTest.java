package com.tiered.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tiered.identity.domain.Role;
import com.tiered.student.application.DistrictInMemory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose students a member of staff sees: the scope every service checks against. */
class CurrentStaffTest {
    private final DistrictInMemory district = new DistrictInMemory();

    @Test
    void anAdministratorSeesTheWholeDistrictWhateverSchoolsTheyAreAssigned() {
        CurrentStaff admin = SignedIn.as("admin", Set.of(Role.ADMIN), district.maple);
        assertNull(admin.schoolScope());
    }

    @Test
    void aCoordinatorSeesTheWholeDistrict() {
        assertNull(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR)).schoolScope());
    }

    @Test
    void aPrincipalSeesTheirSchoolsOnly() {
        CurrentStaff principal = SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple);
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID), principal.schoolScope());
    }

    @Test
    void aSpecialistSeesEverySchoolTheyWorkInAndNoOther() {
        CurrentStaff specialist =
                SignedIn.as("specialist", Set.of(Role.SPECIALIST, Role.RULE_AUTHOR), district.maple, district.oak);
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID, DistrictInMemory.OAK_ID), specialist.schoolScope());
    }

    @Test
    void aSpecialistWithNoSchoolSeesNoStudent() {
        assertEquals(
                Set.of(), SignedIn.as("specialist", Set.of(Role.SPECIALIST)).schoolScope());
    }

    @Test
    void aSignedInNameTheDirectoryNoLongerHoldsSeesNoStudent() {
        CurrentStaff removed = SignedIn.unknown("gone", Set.of(Role.PRINCIPAL));
        assertNull(removed.user());
        assertEquals(Set.of(), removed.schoolScope());
    }

    @Test
    void theRolesAreTheOnesTheContainerGaveTheCaller() {
        CurrentStaff specialist = SignedIn.as("specialist", Set.of(Role.SPECIALIST, Role.RULE_AUTHOR));
        assertEquals(Set.of(Role.SPECIALIST, Role.RULE_AUTHOR), specialist.roles());
        assertEquals("specialist", specialist.username());
    }
}
