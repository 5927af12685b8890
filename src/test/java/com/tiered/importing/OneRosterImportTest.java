package com.tiered.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.WithdrawalsUnconfirmed;
import com.tiered.importing.infrastructure.JdbcDistrictFiles;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * OneRoster 1.0, 1.1 and 1.2 bundles: schools from orgs, students from users (and 1.2's roles), withdrawals kept; a
 * bulk users file withdraws whom it leaves out (a fifth of a school at most, unless confirmed), a delta only changes
 * its rows; a student listed again is reactivated and re-evaluated, a withdrawn one never.
 */
class OneRosterImportTest {
    private static final String USERS_HEADER = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,"
            + "username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
            + "password\n";
    private static final String MANIFEST_11 = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n";
    private static final String MANIFEST_12 = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n";
    private static final String ORGS = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
            + "d1,active,,District,district,D,\nsch-a,active,,\"Alder School, Lower\",school,A,d1\n"
            + "sch-b,active,,Birch School,school,B,d1\n";

    private final DataSource db = MemoryDatabases.fresh("roster");
    private final JdbcDistrictFiles files = new JdbcDistrictFiles(db);

    @Test
    void version11TakesSchoolsAndStudentsAndPassesOverTheRest() throws Exception {
        String users = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
                + "u1,active,,true,sch-a,student,u1,,Zoë,García,,,,,,,03,\n"
                + "u2,active,,true,sch-b,student,u2,,Omar,Haddad,,,,,,,KG,\n"
                + "t1,active,,true,sch-a,teacher,t1,,Tess,Teacher,,,,,,,,\n"
                + "u3,active,,true,sch-a,student,u3,,No,Grade,,,,,,,,\n";
        ImportReport report = files.importOneRoster(
                        zip(Map.of("manifest.csv", MANIFEST_11, "orgs.csv", ORGS, "users.csv", users)))
                .report();
        assertEquals(
                5, report.rowsRead(), "two schools and three students; the district and the teacher are not counted");
        assertEquals(4, report.rowsImported());
        assertEquals(1, report.rowsRejected());
        assertEquals(5, report.errors().get(0).line());
        assertEquals("grades", report.errors().get(0).column());
        assertEquals("Alder School, Lower|03|Zoë", student("u1"));
        assertEquals("Birch School|KG|Omar", student("u2"));

        ImportReport again = files.importOneRoster(
                        zip(Map.of("manifest.csv", MANIFEST_11, "orgs.csv", ORGS, "users.csv", users)))
                .report();
        assertEquals(0, again.rowsImported(), "the same bundle twice changes nothing");
        assertEquals(4, again.rowsUnchanged());
    }

    @Test
    void version12TakesTheRoleAndSchoolFromRoles() throws Exception {
        String users = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
                + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
                + "u1,active,,true,u1,,Ana,Silva,,,,,,,05,\n"
                + "u2,active,,true,u2,,Bo,Li,,,,,,,06,\n"
                + "t1,active,,true,t1,,Tess,Teacher,,,,,,,,\n";
        String roles = "sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId,beginDate,endDate\n"
                + "r1,active,,u1,primary,student,sch-b,,\nr2,active,,u2,secondary,student,sch-a,,\n"
                + "r3,active,,u2,primary,student,sch-b,,\nr4,active,,t1,primary,teacher,sch-a,,\n";
        ImportReport report = files.importOneRoster(zip(
                        Map.of("manifest.csv", MANIFEST_12, "orgs.csv", ORGS, "users.csv", users, "roles.csv", roles)))
                .report();
        assertEquals(4, report.rowsRead());
        assertEquals(4, report.rowsImported());
        assertEquals("Birch School|05|Ana", student("u1"));
        assertEquals("Birch School|06|Bo", student("u2"), "the primary role's school");
    }

    @Test
    void toBeDeletedWithdrawsAStudentAndKeepsTheRecord() throws Exception {
        String header = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
                + "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n";
        files.importOneRoster(zip(Map.of(
                "manifest.csv",
                MANIFEST_11,
                "orgs.csv",
                ORGS,
                "users.csv",
                header + "u1,active,,true,sch-a,student,u1,,Ana,Silva,,,,,,,03,\n")));
        ImportReport report = files.importOneRoster(zip(Map.of(
                        "manifest.csv",
                        MANIFEST_11,
                        "orgs.csv",
                        ORGS,
                        "users.csv",
                        header + "u1,tobedeleted,,true,sch-a,student,u1,,Ana,Silva,,,,,,,03,\n")))
                .report();
        assertEquals(1, report.rowsImported());
        assertEquals(1, report.studentsWithdrawn());
        assertEquals("Alder School, Lower|03|Ana", student("u1"), "the record is kept");
        assertTrue(withdrawn("u1"));
    }

    @Test
    void aBulkUsersFileWithdrawsTheActiveStudentsOfItsSchoolsThatItLeavesOut() throws Exception {
        // sch-c is not in the second bundle at all: its student stays as they are.
        String orgsWithC = ORGS + "sch-c,active,,Cedar School,school,C,d1\n";
        files.importOneRoster(bundle(
                "1.1", "bulk", orgsWithC, users("sch-a", 1, 10) + users("sch-b", 11, 15) + users("sch-c", 21, 21)));
        ImportOutcome outcome =
                files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 8) + users("sch-b", 11, 14)));
        ImportReport report = outcome.report();
        assertEquals(14, report.rowsRead(), "the two schools and twelve students; the left-out are not rows");
        assertEquals(14, report.rowsUnchanged());
        assertEquals(3, report.studentsWithdrawn(), "exactly a fifth of each school needs no confirmation");
        assertTrue(withdrawn("s9") && withdrawn("s10") && withdrawn("s15"));
        assertEquals("Alder School, Lower|03|Given9", student("s9"), "kept, not erased");
        assertFalse(withdrawn("s1") || withdrawn("s21"), "listed, or at a school the bundle does not hold");
        assertEquals(Set.of(), outcome.changedStudents(), "nobody to re-evaluate: withdrawn students never are");
        assertEquals("1.1", report.oneRoster().orElseThrow().version());
        assertEquals("bulk", report.oneRoster().orElseThrow().files().get("users.csv"));

        ImportReport again = files.importOneRoster(
                        bundle("1.1", "bulk", ORGS, users("sch-a", 1, 8) + users("sch-b", 11, 14)))
                .report();
        assertEquals(0, again.studentsWithdrawn(), "the same bulk file twice withdraws nobody the second time");
    }

    @Test
    void aBulkFileThatWouldWithdrawMoreThanAFifthOfASchoolIsRefusedWholeUnlessConfirmed() throws Exception {
        files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 10)));
        // Seven of ten left out (a truncated export?), one name changed, one new student.
        String truncated =
                users("sch-a", 1, 2) + users("sch-a", 3, 3).replace("Given3", "Renamed") + users("sch-a", 31, 31);
        WithdrawalsUnconfirmed refused = assertThrows(
                WithdrawalsUnconfirmed.class, () -> files.importOneRoster(bundle("1.1", "bulk", ORGS, truncated)));
        assertTrue(
                refused.getMessage().contains("7 of the 10 active students of Alder School, Lower (sch-a)"),
                refused.getMessage());
        assertFalse(withdrawn("s4"), "nothing was stored");
        assertEquals("Alder School, Lower|03|Given3", student("s3"), "nothing was stored");
        assertNull(student("s31"), "nothing was stored");

        ImportOutcome confirmed =
                files.importOneRoster(bundle("1.1", "bulk", ORGS, truncated), new ImportOptions(true));
        assertEquals(7, confirmed.report().studentsWithdrawn());
        assertEquals(2, confirmed.report().rowsImported(), "the renamed and the new student");
        assertEquals(Set.of("s3", "s31"), confirmed.changedStudents());
        assertTrue(withdrawn("s10"));
    }

    @Test
    void aDeltaUsersFileChangesOnlyTheRowsItLists() throws Exception {
        files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 5)));
        ImportOutcome delta = files.importOneRoster(
                bundle("1.1", "delta", null, users("sch-a", 2, 2).replace("Given2", "Changed") + tobedeleted("s3")));
        assertEquals(2, delta.report().rowsRead());
        assertEquals(2, delta.report().rowsImported());
        assertEquals(1, delta.report().studentsWithdrawn(), "only the row that says so");
        assertEquals("Alder School, Lower|03|Changed", student("s2"));
        assertTrue(withdrawn("s3"));
        assertFalse(withdrawn("s1") || withdrawn("s4") || withdrawn("s5"), "left out of a delta: unchanged");
        assertEquals(Set.of("s2"), delta.changedStudents());
        assertEquals("delta", delta.report().oneRoster().orElseThrow().files().get("users.csv"));
    }

    @Test
    void aBundleWithoutAManifestIsRefusedAndNothingIsStored() throws Exception {
        files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 3)));
        FileRefused refused = assertThrows(
                FileRefused.class,
                () -> files.importOneRoster(zip(Map.of(
                        "orgs.csv",
                        ORGS,
                        "users.csv",
                        USERS_HEADER + users("sch-a", 1, 1).replace("Lower", "Gone")))));
        assertEquals("The OneRoster bundle must be a zip with manifest.csv and users.csv", refused.getMessage());
        assertFalse(withdrawn("s2") || withdrawn("s3"), "nobody withdrawn");
    }

    @Test
    void aStudentListedAgainIsReactivatedCountedAsAChangeAndReEvaluated() throws Exception {
        files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 2)));
        ImportOutcome withdrawal = files.importOneRoster(bundle("1.1", "delta", null, tobedeleted("s1")));
        assertEquals(Set.of(), withdrawal.changedStudents(), "a withdrawn student is not re-evaluated");
        assertTrue(withdrawn("s1"));

        ImportOutcome back = files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 2)));
        assertEquals(1, back.report().rowsImported(), "reactivation is a change");
        assertEquals(3, back.report().rowsUnchanged(), "the other student and the two schools");
        assertEquals(1, back.report().studentsReactivated());
        assertEquals(Set.of("s1"), back.changedStudents(), "re-evaluated");
        assertFalse(withdrawn("s1"));
    }

    @Test
    void aStudentListedTwiceInOneUsersFileIsTakenOnceTheLaterRowWinning() throws Exception {
        String twice = users("sch-a", 1, 2) + "s1,active,,true,sch-b,student,s1,,Later,Family1,,,,,,,04,\n";
        ImportReport report =
                files.importOneRoster(bundle("1.1", "bulk", ORGS, twice)).report();
        assertEquals(0, report.rowsRejected(), report.errors().toString());
        assertEquals(4, report.rowsImported(), "two schools and two students");
        assertEquals(1, report.rowsUnchanged(), "the earlier row of s1, replaced by the later one");
        assertTrue(
                report.warnings().stream()
                        .anyMatch(w -> w.line() == 4 && w.message().contains("line 2")),
                report.warnings().toString());
        assertEquals("Birch School|04|Later", student("s1"));

        // Listed as leaving, then as active again: the later row wins here too, and every row is counted once.
        String leavesThenStays = tobedeleted("s2") + users("sch-a", 2, 2) + tobedeleted("s1") + tobedeleted("s1");
        ImportReport delta = files.importOneRoster(bundle("1.1", "delta", null, leavesThenStays))
                .report();
        assertEquals(delta.rowsRead(), delta.rowsImported() + delta.rowsUnchanged() + delta.rowsRejected());
        assertFalse(withdrawn("s2"), "the active row came after the tobedeleted one");
        assertTrue(withdrawn("s1"));
        assertEquals(1, delta.studentsWithdrawn());
    }

    @Test
    void twoImportsOfTheSameNewStudentsAtOnceBothSucceed() throws Exception {
        // The second import's batch meets the rows the first one inserted after it looked: it reads again and
        // finds them, instead of failing the import on the unique key (a 500 on the API).
        String roster = users("sch-a", 1, 3000);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportReport>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(two.submit(() -> {
                    start.await();
                    return files.importOneRoster(bundle("1.1", "bulk", ORGS, roster))
                            .report();
                }));
            }
            long students = 0;
            for (Future<ImportReport> one : both) {
                ImportReport report = one.get();
                assertEquals(0, report.rowsRejected(), report.errors().toString());
                assertEquals(3002, report.rowsRead(), "two schools and 3,000 students");
                assertEquals(3002, report.rowsImported() + report.rowsUnchanged(), "each row counted once");
                students += report.rowsImported();
            }
            assertEquals(3002, students, "every school and student stored by exactly one of the two");
            assertEquals("Alder School, Lower|03|Given3000", student("s3000"));
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void oneRoster10TakesInactiveAsAWithdrawalAnd11DoesNot() throws Exception {
        files.importOneRoster(bundle("1.0", "bulk", ORGS, users("sch-a", 1, 2)));
        String inactive = users("sch-a", 1, 1).replace(",active,", ",inactive,");
        ImportReport v11 =
                files.importOneRoster(bundle("1.1", "delta", null, inactive)).report();
        assertEquals(0, v11.studentsWithdrawn(), "1.1 has no status inactive: the row is taken as it is");
        ImportReport v10 =
                files.importOneRoster(bundle("1.0", "delta", null, inactive)).report();
        assertEquals(1, v10.studentsWithdrawn());
        assertEquals("1.0", v10.oneRoster().orElseThrow().version());
        assertTrue(withdrawn("s1"));
    }

    @Test
    void aVersion12DeltaWithoutRolesUpdatesAKnownStudentAtTheirSchool() throws Exception {
        String roles = "sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId,beginDate,endDate\n"
                + "r1,,,u1,primary,student,sch-b,,\n";
        String users12 = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
                + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n";
        files.importOneRoster(zip(Map.of(
                "manifest.csv",
                manifest("1.2", "bulk") + "file.orgs,bulk\nfile.roles,bulk\n",
                "orgs.csv",
                ORGS,
                "users.csv",
                users12 + "u1,,,true,u1,,Ana,Silva,,,,,,,05,\n",
                "roles.csv",
                roles)));
        ImportOutcome delta = files.importOneRoster(zip(Map.of(
                "manifest.csv", manifest("1.2", "delta") + "file.roles,absent\n",
                "users.csv", users12 + "u1,,,true,u1,,Anna,Silva,,,,,,,06,\nt9,,,true,t9,,Who,Knows,,,,,,,,\n")));
        assertEquals(1, delta.report().rowsRead(), "the unknown user without a role is passed over");
        assertEquals(1, delta.report().rowsImported());
        assertEquals("Birch School|06|Anna", student("u1"));
    }

    @Test
    void aBulkUsersFileThatCannotBeReadToItsEndWithdrawsNobody() throws Exception {
        files.importOneRoster(bundle("1.1", "bulk", ORGS, users("sch-a", 1, 5)));
        String broken = users("sch-a", 1, 2) + "s3,active,,true,sch-a,student,s3,,\"Given3,Family,,,,,,,03,\n";
        ImportReport report =
                files.importOneRoster(bundle("1.1", "bulk", ORGS, broken)).report();
        assertEquals(0, report.studentsWithdrawn());
        assertEquals(1, report.rowsRejected());
        assertTrue(
                report.warnings().stream().anyMatch(w -> w.message().contains("could not be read from line 4 on")),
                report.warnings().toString());
        assertFalse(withdrawn("s4"));
    }

    @Test
    void aBadManifestRowRefusesTheBundleNamingItsLine() throws Exception {
        FileRefused refused = assertThrows(
                FileRefused.class,
                () -> files.importOneRoster(zip(Map.of(
                        "manifest.csv", "propertyName,value\noneroster.version,2.0\n", "users.csv", USERS_HEADER))));
        assertEquals(
                "manifest.csv line 2, oneroster.version: '2.0' is not a OneRoster version Tiered reads (1.0, 1.1 or"
                        + " 1.2); nothing was imported",
                refused.getMessage());
    }

    @Test
    void aBundleWithoutUsersOrNotAZipIsRefused() {
        assertThrows(FileRefused.class, () -> files.importOneRoster(zip(Map.of("manifest.csv", MANIFEST_11))));
        assertThrows(
                FileRefused.class,
                () -> files.importOneRoster(
                        new ByteArrayInputStream("sourcedId,name\n".getBytes(StandardCharsets.UTF_8))));
    }

    /** A bundle with a manifest of the version saying users.csv is {@code users}; orgs.csv when given (bulk). */
    private static ByteArrayInputStream bundle(String version, String users, String orgs, String usersCsv)
            throws IOException {
        Map<String, String> entries = new java.util.HashMap<>();
        entries.put(
                "manifest.csv", manifest(version, users) + (orgs == null ? "file.orgs,absent\n" : "file.orgs,bulk\n"));
        entries.put("users.csv", USERS_HEADER + usersCsv);
        if (orgs != null) {
            entries.put("orgs.csv", orgs);
        }
        return zip(entries);
    }

    private static String manifest(String version, String users) {
        return "propertyName,value\nmanifest.version,1.0\noneroster.version," + version + "\nfile.users," + users
                + "\n";
    }

    /** Students s{from}…s{to} of a school, active, grade 03, named Given{n} Family{n}. */
    private static String users(String school, int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int n = from; n <= to; n++) {
            rows.append("s" + n + ",active,,true," + school + ",student,s" + n + ",,Given" + n + ",Family" + n
                    + ",,,,,,,03,\n");
        }
        return rows.toString();
    }

    private static String tobedeleted(String id) {
        return id + ",tobedeleted,,true,sch-a,student," + id + ",,Gone,Away,,,,,,,03,\n";
    }

    private String student(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select sc.name, s.grade,"
                                + " s.given_name from student s join school sc on sc.id = s.school_id where s.sourced_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) : null;
            }
        }
    }

    private boolean withdrawn(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select withdrawn from student where sourced_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static ByteArrayInputStream zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
