package com.tiered.identity.domain;

import com.tiered.school.domain.School;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A member of staff who signs in. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = "staff_user")
public class StaffUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "staff_role",
            joinColumns = @JoinColumn(name = "username", referencedColumnName = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "staff_school",
            joinColumns = @JoinColumn(name = "staff_user_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    private Set<School> schools = new HashSet<>();

    protected StaffUser() {}

    public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("username '" + username + "' must be 2-64 of a-z, 0-9, . _ -");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a member of staff needs at least one role");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<School> getSchools() {
        return Set.copyOf(schools);
    }

    public void assignSchool(School school) {
        schools.add(Objects.requireNonNull(school, "school"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Only specialists and coordinators may hold the rule-author permission. */
    public void requireMayAuthorRules() {
        if (!roles.contains(Role.SPECIALIST) && !roles.contains(Role.SPED_COORDINATOR)) {
            throw new IllegalArgumentException(username + " is neither a specialist nor a coordinator");
        }
    }
}
