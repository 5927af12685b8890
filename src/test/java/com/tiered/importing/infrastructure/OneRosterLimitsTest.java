package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport;
import com.tiered.shared.domain.TooLarge;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A OneRoster zip is read as a stream within limits — entries, size of one entry and of all once inflated, and the
 * ratio a zip bomb gives away — before anything is stored: past one, 413 naming the entry and the limit, an empty
 * database, no temporary copy left behind, and the next bundle imports as ever.
 */
class OneRosterLimitsTest {
    private static final String MANIFEST = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n";
    private static final String ORGS = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
            + "sch-a,active,,Alder School,school,A,\n";
    private static final String USERS = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
            + "userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
            + "u1,active,,true,sch-a,student,u1,,Ana,Silva,,,,,,,03,\n";

    private final DataSource db = MemoryDatabases.fresh("bombs");

    @Test
    void aZipBombIsStoppedWithinItsFirstMegabytesAndNothingIsStored() throws Exception {
        long copiesBefore = temporaryCopies();
        // 256 MiB of zeros as users.csv, about 250 KB on the wire (the attack's was 1.5 GB from 1.5 MB).
        byte[] bomb = bomb("users.csv", 256L * 1024 * 1024);
        assertTrue(bomb.length < 512 * 1024, "compressed to " + bomb.length);
        Counting body = new Counting(new ByteArrayInputStream(bomb));
        TooLarge refused = assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db).importOneRoster(body));
        assertEquals(
                "users.csv in the OneRoster zip inflates to more than 100 times its compressed size, as a zip bomb"
                        + " does (the limit, TIERED_IMPORT_ZIP_MAX_RATIO); nothing was imported",
                refused.getMessage());
        assertTrue(body.count < 64 * 1024, "stopped after " + body.count + " compressed bytes");
        assertNothingStored();
        assertEquals(copiesBefore, temporaryCopies(), "the partial copy is deleted");
        assertEquals(
                2, new JdbcDistrictFiles(db).importOneRoster(normal()).report().rowsImported());
    }

    @Test
    void aBombInAnEntryTheImportDoesNotReadIsStoppedToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
            put(zip, "users.csv", USERS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("enrollments.csv"));
            writeZeros(zip, 64L * 1024 * 1024);
            zip.closeEntry();
        }
        TooLarge refused = assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db)
                .importOneRoster(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(
                refused.getMessage().startsWith("enrollments.csv in the OneRoster zip inflates"), refused.getMessage());
        assertNothingStored();
    }

    @Test
    void tooManyEntriesAreRefusedNamingTheLimit() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
            put(zip, "users.csv", USERS.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 5000; i++) {
                zip.putNextEntry(new ZipEntry("empty/" + i + ".txt"));
                zip.closeEntry();
            }
        }
        TooLarge refused = assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db)
                .importOneRoster(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(
                "the OneRoster zip holds more than 100 entries (the limit, TIERED_IMPORT_ZIP_MAX_ENTRIES);"
                        + " nothing was imported",
                refused.getMessage());
        assertNothingStored();
    }

    @Test
    void anEntryOrAllOfThemLargerThanTheLimitOnceInflatedAreRefusedNamingTheEntry() throws Exception {
        // Random text barely compresses: the ratio says nothing, the sizes do.
        ImportLimits small = new ImportLimits(1 << 26, 1 << 16, 1 << 20, 100, 1 << 20, 3 << 20, 100);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("orgs.csv", ORGS.getBytes(StandardCharsets.UTF_8));
        entries.put("users.csv", (USERS + randomRows(2 << 20)).getBytes(StandardCharsets.UTF_8));
        TooLarge perEntry =
                assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db, small).importOneRoster(zip(entries)));
        assertEquals(
                "users.csv in the OneRoster zip is larger than 1 MiB once unzipped (the limit for one file,"
                        + " TIERED_IMPORT_ZIP_MAX_ENTRY_BYTES); nothing was imported",
                perEntry.getMessage());

        entries.put("users.csv", USERS.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4; i++) {
            entries.put("extra/classes" + i + ".csv", randomRows(900 * 1024).getBytes(StandardCharsets.UTF_8));
        }
        TooLarge total =
                assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db, small).importOneRoster(zip(entries)));
        assertEquals(
                "the OneRoster zip is larger than 3 MiB in all once unzipped, at extra/classes3.csv (the limit,"
                        + " TIERED_IMPORT_ZIP_MAX_TOTAL_BYTES); nothing was imported",
                total.getMessage());
        assertNothingStored();
    }

    @Test
    void aHugeFieldInUsersIsRefusedBeforeTheSchoolsAreStored() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("orgs.csv", ORGS.getBytes(StandardCharsets.UTF_8));
        entries.put(
                "users.csv",
                (USERS + "u2,active,,true,sch-a,student,u2,,\"" + "x".repeat(100_000) + "\",Li,,,,,,,03,\n")
                        .getBytes(StandardCharsets.UTF_8));
        TooLarge refused = assertThrows(TooLarge.class, () -> new JdbcDistrictFiles(db).importOneRoster(zip(entries)));
        assertEquals(
                "users.csv in the OneRoster zip, line 3: a field is longer than 65,536 characters (the limit,"
                        + " TIERED_IMPORT_MAX_FIELD_CHARS).",
                refused.getMessage());
        assertNothingStored();
    }

    @Test
    void aSecondUsersFileInAnotherFolderIsRefusedAsAmbiguous() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("a/users.csv", USERS.getBytes(StandardCharsets.UTF_8));
        entries.put("b/Users.csv", USERS.getBytes(StandardCharsets.UTF_8));
        FileRefused refused =
                assertThrows(FileRefused.class, () -> new JdbcDistrictFiles(db).importOneRoster(zip(entries)));
        assertTrue(refused.getMessage().contains("users.csv twice (b/Users.csv"), refused.getMessage());
    }

    @Test
    void aBundleWithinTheLimitsImportsAsEver() throws Exception {
        ImportReport report =
                new JdbcDistrictFiles(db).importOneRoster(normal()).report();
        assertEquals(2, report.rowsImported(), "a school and a student");
    }

    private ByteArrayInputStream normal() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("users.csv", USERS.getBytes(StandardCharsets.UTF_8));
        entries.put("manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put("orgs.csv", ORGS.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private void assertNothingStored() throws SQLException {
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select (select count(*) from school) + (select count(*) from student)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no school and no student stored");
        }
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("tiered-oneroster-"))
                    .count();
        }
    }

    static byte[] bomb(String name, long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.csv", MANIFEST.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            writeZeros(zip, zeros);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void writeZeros(ZipOutputStream zip, long zeros) throws IOException {
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < zeros; written += block.length) {
            zip.write(block, 0, (int) Math.min(block.length, zeros - written));
        }
    }

    private static String randomRows(int size) {
        Random random = new Random(13);
        StringBuilder text = new StringBuilder(size + 100);
        while (text.length() < size) {
            for (int i = 0; i < 60; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** Counts the bytes the importer took from the upload. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
