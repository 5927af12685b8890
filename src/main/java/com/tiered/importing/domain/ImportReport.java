package com.tiered.importing.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did: rows read = imported + unchanged + rejected; every rejected row has an error naming its line
 * (the header is line 1), column and reason; warnings say what was taken with a caveat.
 */
public final class ImportReport {
    /** Errors kept in the report; the counts stay exact beyond it. */
    static final int MAX_LISTED = 10_000;

    public record Warning(long line, String message) {}

    public record RowError(long line, String column, String message) {}

    private final String kind;
    private long rowsRead;
    private long rowsImported;
    private long rowsUnchanged;
    private long rowsRejected;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private MappedBy mappedBy;

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

    public void warn(long line, String message) {
        if (warnings.size() < MAX_LISTED) {
            warnings.add(new Warning(line, message));
        }
    }

    public void mappedBy(String profile, int version) {
        mappedBy = new MappedBy(profile, version);
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

    public List<Warning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public List<RowError> errors() {
        return Collections.unmodifiableList(errors);
    }
}
