package com.tiered.identity.application;

import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffDirectory;
import com.tiered.identity.domain.StaffUser;
import com.tiered.school.domain.School;
import com.tiered.shared.application.Wiring;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The real {@link CurrentStaff} of a unit test: a member of staff signed in with these roles and schools. */
public final class SignedIn {
    private SignedIn() {}

    public static CurrentStaff as(String username, Set<Role> roles, School... schools) {
        StaffUser user = Wiring.withId(new StaffUser(username, "Name of " + username, "hash", roles), 1);
        for (School school : schools) {
            user.assignSchool(school);
        }
        Staff directory = new Staff();
        directory.store(user);
        return Wiring.inject(new CurrentStaff(), new Security(username, roles), directory);
    }

    /** A name the container accepted but the staff directory does not hold (an account removed since). */
    public static CurrentStaff unknown(String username, Set<Role> roles) {
        return Wiring.inject(new CurrentStaff(), new Security(username, roles), new Staff());
    }

    /** The container's view of the caller: a name and the roles its identity store gave. */
    private record Security(String username, Set<Role> roles) implements SecurityContext {
        @Override
        public Principal getCallerPrincipal() {
            return () -> username;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return roles.stream().anyMatch(r -> r.name().equals(role));
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuthenticationStatus authenticate(
                HttpServletRequest request, HttpServletResponse response, AuthenticationParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }

    /** A staff directory in memory; remembers the role changes asked of it. */
    static final class Staff implements StaffDirectory {
        private final List<StaffUser> users = new ArrayList<>();
        final List<String> roleChanges = new ArrayList<>();

        @Override
        public Optional<StaffUser> find(String username) {
            return users.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public void store(StaffUser user) {
            users.add(user);
        }

        @Override
        public long count() {
            return users.size();
        }

        @Override
        public void setRole(String username, Role role, boolean held) {
            roleChanges.add(username + (held ? " +" : " -") + role);
        }

        @Override
        public List<StaffUser> all() {
            return List.copyOf(users);
        }
    }
}
