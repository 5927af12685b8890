package com.tiered.importing.domain;

/**
 * A district file opened for import, its form already checked — a CSV's header, a OneRoster zip read within its
 * limits — so that a file refused whole has changed nothing. Closing it lets go of what opening it held.
 */
public interface DistrictFile extends AutoCloseable {

    /**
     * Takes the rows, in chunks.
     *
     * @throws com.tiered.shared.domain.TooLarge when a record passes a limit; the message says what was stored
     */
    ImportOutcome importRows();

    @Override
    void close();
}
