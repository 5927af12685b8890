package com.tiered.identity.web;

import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/** Who is signed in, for the layout's header and role menus. */
@Named("me")
@RequestScoped
public class SignedInView {
    @Inject
    private CurrentStaff staff;

    public String getName() {
        StaffUser user = staff.user();
        return user == null ? staff.username() : user.getDisplayName();
    }

    public String getRoles() {
        return staff.roles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }

    public boolean isSpecialist() {
        return staff.is(Role.SPECIALIST);
    }

    public boolean isCoordinator() {
        return staff.is(Role.SPED_COORDINATOR);
    }

    public boolean isPrincipal() {
        return staff.is(Role.PRINCIPAL);
    }

    public boolean isRuleAuthor() {
        return staff.is(Role.RULE_AUTHOR);
    }

    public boolean isAdmin() {
        return staff.is(Role.ADMIN);
    }
}
