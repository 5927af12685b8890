package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport;
import com.tiered.shared.domain.TooLarge;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The longest field and record an import takes: a field of 300 MB (the attack that ran the server out of memory) is
 * stopped after its first 64 KiB, with its line, and nothing of the file is stored; quoting, line breaks in quotes
 * and {@code ""} are counted as Commons CSV reads them.
 */
class CsvFieldLimitTest {
    private static final String STUDENTS = "sourced_id,given_name,family_name,grade,school_id,school_name\n";

    private final DataSource db = MemoryDatabases.fresh("limits");
    private final JdbcDistrictFiles files = new JdbcDistrictFiles(db);

    @Test
    void aFieldOf300MegabytesFailsFastWithItsLineAndNothingIsStored() throws SQLException {
        for (boolean quoted : new boolean[] {true, false}) {
            Endless body = new Endless(STUDENTS + "S1,Ana,Silva,03,sch-1,Maple\nS2," + (quoted ? "\"" : ""));
            TooLarge refused = assertThrows(TooLarge.class, () -> files.importCsv(ImportKind.STUDENTS, body));
            assertEquals(
                    "The students file, line 3: a field is longer than 65,536 characters (the limit,"
                            + " TIERED_IMPORT_MAX_FIELD_CHARS). Nothing was stored.",
                    refused.getMessage());
            assertTrue(body.served < 1024 * 1024, "read " + body.served + " bytes of 300 MB, not the whole field");
            assertEquals(0, count("student"), "nothing of the file is stored");
        }
    }

    @Test
    void aRecordOfManyShortFieldsIsStoppedByTheRecordLimit() {
        ImportLimits limits = new ImportLimits(1 << 20, 100, 1000, 100, 1 << 20, 1 << 20, 100);
        String csv = STUDENTS + "S1,Ana,Silva,03,sch-1,Maple" + ",x".repeat(600) + "\n";
        TooLarge refused = assertThrows(
                TooLarge.class, () -> new JdbcDistrictFiles(db, limits).importCsv(ImportKind.STUDENTS, stream(csv)));
        assertTrue(
                refused.getMessage().contains("line 2: the record is longer than 1,000 characters"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("TIERED_IMPORT_MAX_RECORD_CHARS"), refused.getMessage());
    }

    @Test
    void aFieldAtTheLimitIsTakenAndOneCharacterMoreIsNot() throws IOException {
        ImportLimits limits = new ImportLimits(1 << 20, 10, 1000, 100, 1 << 20, 1 << 20, 100);
        // Quoted, with a comma, a CRLF and an escaped quote inside: 10 characters of value.
        BoundedCsvReader.check(new StringReader("a,b\n\"x,\r\n\"\"yyyyy\",z\n"), limits);
        BoundedCsvReader.check(new StringReader("a,b\n1234567890,z\r\n"), limits);
        BoundedCsvReader.TooLong tooLong = assertThrows(
                BoundedCsvReader.TooLong.class,
                () -> BoundedCsvReader.check(new StringReader("a,b\n\"x\ny\"\n\"x,\r\n\"\"yyyyyy\",z\n"), limits));
        assertEquals(4, tooLong.line(), "the line the record starts on, after a record spanning lines 2-3");
        assertThrows(
                BoundedCsvReader.TooLong.class,
                () -> BoundedCsvReader.check(new StringReader("a,b\r\n12345678901,z\r\n"), limits));
    }

    @Test
    void aFieldPastTheLimitAfterTheFirstChunksSaysWhatWasStored() throws SQLException {
        ImportLimits limits = new ImportLimits(1 << 24, 100, 1000, 100, 1 << 20, 1 << 20, 100);
        StringBuilder csv = new StringBuilder(STUDENTS);
        for (int i = 1; i <= 1500; i++) {
            csv.append("S").append(i).append(",Ana,Silva,03,sch-1,Maple\n");
        }
        csv.append("S9999,").append("x".repeat(200)).append(",Silva,03,sch-1,Maple\n");
        TooLarge refused = assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db, limits)
                .importCsv(ImportKind.STUDENTS, stream(csv.toString())));
        assertTrue(refused.getMessage().startsWith("The students file, line 1502: a field is longer than 100"));
        assertTrue(
                refused.getMessage()
                        .endsWith("1000 rows were stored before it stopped; importing the corrected file"
                                + " completes the import."),
                refused.getMessage());
        assertEquals(1000, count("student"), "the first chunk was committed, the second never was");
    }

    @Test
    void aNormalFileIsTakenAsBefore() {
        ImportReport report = files.importCsv(
                        ImportKind.STUDENTS,
                        stream(STUDENTS
                                + "S1,\"Ana, \"\"Annie\"\"\",Silva,03,sch-1,Maple\r\nS2,Bo,Li,05,sch-1,Maple\n"))
                .report();
        assertEquals(2, report.rowsImported(), report.errors().toString());
    }

    private int count(String table) throws SQLException {
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file that begins with {@code start} and goes on with 300 MB of 'x', made as it is read. */
    private static final class Endless extends InputStream {
        private static final long SIZE = 300L * 1024 * 1024;
        private final byte[] start;
        long served;

        Endless(String start) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (served >= SIZE) {
                return -1;
            }
            return served < start.length ? start[(int) served++] : bump();
        }

        private int bump() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= SIZE) {
                return -1;
            }
            int n = (int) Math.min(length, SIZE - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = served < start.length ? start[(int) served] : (byte) 'x';
                served++;
            }
            return n;
        }
    }
}
