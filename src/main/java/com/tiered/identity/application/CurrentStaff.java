package com.tiered.identity.application;

import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffDirectory;
import com.tiered.identity.domain.StaffUser;
import com.tiered.school.domain.School;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The member of staff behind the current request, and the scope of students they may see. */
@RequestScoped
public class CurrentStaff {
    @Inject
    private SecurityContext security;

    @Inject
    private StaffDirectory directory;

    private StaffUser user;

    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public StaffUser user() {
        if (user == null) {
            String name = username();
            user = name == null ? null : directory.find(name).orElse(null);
        }
        return user;
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }

    public Set<Role> roles() {
        return Arrays.stream(Role.values()).filter(this::is).collect(Collectors.toSet());
    }

    /** The school ids the user may see, or null for the whole district (coordinators and administrators). */
    public Set<Long> schoolScope() {
        if (is(Role.ADMIN) || is(Role.SPED_COORDINATOR)) {
            return null;
        }
        StaffUser u = user();
        return u == null ? Set.of() : u.getSchools().stream().map(School::getId).collect(Collectors.toSet());
    }
}
