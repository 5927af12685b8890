package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.shared.domain.TooLarge;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a stream of rows (memory does not grow with the file): UTF-8 with or without a byte-order
 * mark, RFC 4180 quoting, CRLF or LF, columns matched by header name in any order and any case. Bytes that are not
 * UTF-8 mark their row instead of failing the file. A field or record longer than the import limits stops the
 * reading with {@link TooLarge} naming its line (see {@link BoundedCsvReader}).
 */
final class CsvSource implements Iterable<SourceRow>, AutoCloseable {
    private static final char REPLACEMENT = '\uFFFD';

    private final CSVParser parser;
    private final List<String> header;
    /** The header as the file writes it (trimmed), for a page that maps a vendor's columns. */
    private final List<String> written = new ArrayList<>();

    private final String what;

    CsvSource(InputStream in, String what, Set<String> required, Set<String> known, ImportLimits limits) {
        this(in, what, limits);
        checkHeader(what, required, known);
    }

    /** A file whose header is only read, not checked against a kind's columns (a vendor's file, to map). */
    CsvSource(InputStream in, String what, ImportLimits limits) {
        this.what = what;
        try {
            Reader reader = new BoundedCsvReader(text(in), limits);
            this.parser = CSVFormat.RFC4180
                    .builder()
                    .setIgnoreEmptyLines(false)
                    .build()
                    .parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new FileRefused(what + " is empty: it has no header row");
            }
            this.header = new ArrayList<>();
            for (String name : records.next()) {
                written.add(name.trim());
                header.add(name.trim().toLowerCase(Locale.ROOT));
            }
        } catch (BoundedCsvReader.TooLong e) {
            throw tooLarge(what, e);
        } catch (IOException e) {
            throw new FileRefused(what + " cannot be read as CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BoundedCsvReader.TooLong tooLong) {
                throw tooLarge(what, tooLong);
            }
            throw new FileRefused(what + " is not a CSV file: " + e.getCause().getMessage());
        }
    }

    /**
     * Reads a whole file only to check the length of its fields and records, before any of it is stored.
     *
     * @throws TooLarge naming the line of the first record past a limit
     */
    static void checkLimits(InputStream in, String what, ImportLimits limits) {
        try {
            BoundedCsvReader.check(text(in), limits);
        } catch (BoundedCsvReader.TooLong e) {
            throw tooLarge(what, e);
        } catch (IOException e) {
            throw new FileRefused(what + " cannot be read: " + e.getMessage());
        }
    }

    private static TooLarge tooLarge(String what, BoundedCsvReader.TooLong e) {
        return new TooLarge(what + ", line " + e.line() + ": " + e.getMessage() + ".");
    }

    /** UTF-8 text (bytes that are not UTF-8 become U+FFFD, which marks their row), without a byte-order mark. */
    private static Reader text(InputStream in) throws IOException {
        return withoutBom(new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16));
    }

    private void checkHeader(String what, Set<String> required, Set<String> known) {
        String joined = String.join(",", header);
        if (headerUnreadable()) {
            throw new FileRefused(what + " is not a CSV file in UTF-8: its first line is not a header row");
        }
        if (header.stream().noneMatch(known::contains)) {
            throw new FileRefused(what + " has no usable header: none of its columns (" + abbreviate(joined)
                    + ") is one of " + String.join(", ", known));
        }
        List<String> missing =
                required.stream().filter(c -> !header.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new FileRefused(what + " lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
    }

    /** The column names as the header writes them, trimmed. */
    List<String> writtenHeader() {
        return List.copyOf(written);
    }

    /** Whether the header row holds bytes that are not UTF-8 (then it is no header). */
    boolean headerUnreadable() {
        String joined = String.join(",", header);
        return joined.indexOf('\0') >= 0 || joined.indexOf(REPLACEMENT) >= 0;
    }

    boolean hasColumn(String column) {
        return header.contains(column);
    }

    @Override
    public Iterator<SourceRow> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private boolean broken;
            private SourceRow next = advance();

            private SourceRow advance() {
                if (broken) {
                    return null;
                }
                while (true) {
                    long startLine = parser.getCurrentLineNumber() + 1;
                    try {
                        if (!records.hasNext()) {
                            return null;
                        }
                        CSVRecord record = records.next();
                        if (record.size() == 1 && record.get(0).isEmpty()) {
                            continue; // a blank line is not a row
                        }
                        return toRow(startLine, record);
                    } catch (UncheckedIOException | IllegalStateException e) {
                        if (e.getCause() instanceof BoundedCsvReader.TooLong tooLong) {
                            throw tooLarge(what, tooLong);
                        }
                        // A broken quote swallows the rest of the file: that record is rejected and reading stops.
                        broken = true;
                        return new SourceRow(
                                startLine,
                                Map.of(),
                                "",
                                "the record is not valid CSV (an unterminated"
                                        + " or misplaced quote?) and the rest of the file cannot be read");
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SourceRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SourceRow current = next;
                next = advance();
                return current;
            }
        };
    }

    private SourceRow toRow(long line, CSVRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        String problem = null;
        String problemColumn = "";
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            String value = record.get(i);
            if (value.indexOf(REPLACEMENT) >= 0 || value.indexOf('\0') >= 0) {
                problem = "the text is not valid UTF-8";
                problemColumn = header.get(i);
            }
            values.put(header.get(i), value);
        }
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                problem = "the row has " + record.size() + " fields but the header has " + header.size();
            }
        }
        return new SourceRow(line, values, problemColumn, problem);
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
