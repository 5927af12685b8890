package com.tiered.operations.domain;

/** Asks the database whether it answers. */
public interface DatabaseProbe {

    /**
     * The database's product and version.
     *
     * @throws IllegalStateException with the reason, when it does not answer
     */
    String describe();
}
