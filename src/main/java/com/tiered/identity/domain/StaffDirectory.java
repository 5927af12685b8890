package com.tiered.identity.domain;

import java.util.Optional;

/** The staff who may sign in. */
public interface StaffDirectory {

    Optional<StaffUser> find(String username);

    void store(StaffUser user);

    long count();

    /** Gives or takes one role (the entity's role set is joined by user name, which the provider cannot update). */
    void setRole(String username, Role role, boolean held);

    /** Everybody, by user name. */
    java.util.List<StaffUser> all();
}
