package com.tiered.importing.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import did: rows read = imported + unchanged + rejected; every rejected row has an error naming its line
 * (the header is line 1), column and reason; warnings say what was taken with a caveat. Apart from the rows, how many
 * students it withdrew (a row's status, or left out of a bulk OneRoster users file) and reactivated, and for a
 * OneRoster bundle how it was read.
 */
public final class ImportReport {
    /** Errors kept in the report; the counts stay exact beyond it. */
    static final int MAX_LISTED = 10_000;

    public record Warning(long line, String message) {}

    public record RowError(long line, String column, String message) {}

    /**
     * How a OneRoster bundle was read: its version, whether it had a manifest, and each file the import reads as
     * {@code bulk}, {@code delta} or {@code absent}.
     */
    public record OneRoster(String version, boolean manifest, Map<String, String> files) {}

    private final String kind;
    private long rowsRead;
    private long rowsImported;
    private long rowsUnchanged;
    private long rowsRejected;
    private long studentsWithdrawn;
    private long studentsReactivated;
    private OneRoster oneRoster;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private MappedBy mappedBy;

    /**
     * The evaluation of the students whose data the import changed: done before the report ({@code inBackground}
     * false), or under way — {@code GET /api/evaluations/{runId}} tells how far it got.
     */
    public record Reevaluation(long runId, int students, boolean inBackground) {}

    private Reevaluation reevaluation;

    /** The mapping profile (and its version) a vendor's file was imported through. */
    public record MappedBy(String profile, int version) {}

    public ImportReport(String kind) {
        this.kind = kind;
    }

    public void read() {
        rowsRead++;
    }

    public void imported() {
        rowsImported++;
    }

    public void unchanged() {
        rowsUnchanged++;
    }

    /** Rejects a row with every error found in it. */
    public void rejected(List<RowError> rowErrors) {
        rowsRejected++;
        for (RowError e : rowErrors) {
            if (errors.size() < MAX_LISTED) {
                errors.add(e);
            }
        }
    }

    /** A student was withdrawn (counted apart from the rows: one left out of a bulk file has no row). */
    public void studentWithdrawn() {
        studentsWithdrawn++;
    }

    /** A withdrawn student was listed as active again (the row also counts as imported). */
    public void studentReactivated() {
        studentsReactivated++;
    }

    public void oneRoster(OneRoster bundle) {
        this.oneRoster = bundle;
    }

    public void warn(long line, String message) {
        if (warnings.size() < MAX_LISTED) {
            warnings.add(new Warning(line, message));
        }
    }

    public void mappedBy(String profile, int version) {
        mappedBy = new MappedBy(profile, version);
    }

    public void reevaluated(Reevaluation run) {
        this.reevaluation = run;
    }

    /** The evaluation of the changed students, when the import changed any. */
    public Optional<Reevaluation> reevaluation() {
        return Optional.ofNullable(reevaluation);
    }

    /** The profile the file was imported through, or null for a file in the contract's format. */
    public MappedBy mappedBy() {
        return mappedBy;
    }

    public String kind() {
        return kind;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsImported() {
        return rowsImported;
    }

    public long rowsUnchanged() {
        return rowsUnchanged;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    public long studentsWithdrawn() {
        return studentsWithdrawn;
    }

    public long studentsReactivated() {
        return studentsReactivated;
    }

    /** How the bundle was read, for a OneRoster import. */
    public Optional<OneRoster> oneRoster() {
        return Optional.ofNullable(oneRoster);
    }

    public List<Warning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public List<RowError> errors() {
        return Collections.unmodifiableList(errors);
    }
}
