package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportLimits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file on its way to the parser, with its fields and records counted as they pass: past the
 * longest field or record an import takes, reading stops with {@link TooLong}, so a field of 300 MB fails after its
 * first 64 KiB instead of filling the memory. It follows RFC 4180 as Commons CSV reads it: a quote opens a quoted
 * field only at the start of a field, {@code ""} inside one is a quote, and a comma or line break ends a field or a
 * record only outside quotes. Lines are counted as the import report counts them (the header is line 1; a record
 * that spans lines counts from its first).
 */
final class BoundedCsvReader extends FilterReader {
    private final long maxField;
    private final long maxRecord;

    private long line = 1;
    private long recordLine = 1;
    private long field;
    private long record;
    private boolean quoted;
    private boolean afterQuote;
    private boolean fieldStart = true;
    private boolean lastCr;

    /** The limit a record passed, and the line it starts on. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        TooLong(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    BoundedCsvReader(Reader in, ImportLimits limits) {
        super(in);
        this.maxField = limits.maxFieldChars();
        this.maxRecord = limits.maxRecordChars();
    }

    /** Reads {@code in} to its end, only counting, and closes it. @throws TooLong past a limit */
    static void check(Reader in, ImportLimits limits) throws IOException {
        try (BoundedCsvReader reader = new BoundedCsvReader(in, limits)) {
            char[] buffer = new char[1 << 14];
            while (reader.read(buffer, 0, buffer.length) != -1) {
                // counting is all
            }
        }
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c != -1) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() != -1) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset() is not supported");
    }

    private void see(char c) throws TooLong {
        boolean crlf = lastCr && c == '\n';
        lastCr = c == '\r';
        boolean lineBreak = c == '\n' || c == '\r';
        if (lineBreak && !crlf) {
            line++;
        }
        if (quoted) {
            if (c == '"') {
                quoted = false; // the closing quote, or the first of ""
                afterQuote = true;
            } else {
                grow();
            }
            return;
        }
        if (c == '"' && (fieldStart || afterQuote)) {
            if (afterQuote) {
                grow(); // "" inside a quoted field: one quote of the value
            }
            quoted = true;
            afterQuote = false;
            fieldStart = false;
            return;
        }
        afterQuote = false;
        if (c == ',') {
            field = 0;
            fieldStart = true;
            record++;
            checkRecord();
        } else if (lineBreak) {
            if (!crlf) {
                field = 0;
                record = 0;
                fieldStart = true;
                recordLine = line;
            }
        } else {
            fieldStart = false;
            grow();
        }
    }

    private void grow() throws TooLong {
        field++;
        record++;
        if (field > maxField) {
            throw new TooLong(
                    recordLine,
                    "a field is longer than " + ImportLimits.count(maxField) + " characters (the limit, "
                            + ImportLimits.Setting.FIELD.variable() + ")");
        }
        checkRecord();
    }

    private void checkRecord() throws TooLong {
        if (record > maxRecord) {
            throw new TooLong(
                    recordLine,
                    "the record is longer than " + ImportLimits.count(maxRecord) + " characters (the limit, "
                            + ImportLimits.Setting.RECORD.variable() + ")");
        }
    }
}
