package com.tiered.identity.domain;

import java.util.Optional;

/** The staff who may sign in. */
public interface StaffDirectory {

    Optional<StaffUser> find(String username);

    void store(StaffUser user);

    long count();

    /** Everybody, by user name. */
    java.util.List<StaffUser> all();
}
