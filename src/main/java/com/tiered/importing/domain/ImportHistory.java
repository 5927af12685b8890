package com.tiered.importing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every import: who, when, which file, what it counted, and its error report. */
public interface ImportHistory {

    /**
     * One import. {@code studentsWithdrawn} and {@code studentsReactivated} are null for imports recorded before
     * Tiered kept them (schema V12), and for imports of other kinds than OneRoster, which withdraw nobody.
     */
    record Entry(
            long id,
            String kind,
            String fileName,
            String importedBy,
            Instant startedAt,
            Instant finishedAt,
            long rowsRead,
            long rowsImported,
            long rowsUnchanged,
            long rowsRejected,
            Long studentsWithdrawn,
            Long studentsReactivated) {}

    long started(String kind, String fileName, String importedBy);

    void finished(long id, ImportReport report);

    /** An import recorded once, when it ended: {@link #started} and {@link #finished} in one write. */
    void record(String kind, String fileName, String importedBy, Instant startedAt, ImportReport report);

    List<Entry> recent(int limit);

    /** The error report of an import as CSV: line,column,message. */
    Optional<String> errorsCsv(long id);
}
