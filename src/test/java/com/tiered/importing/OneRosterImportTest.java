package com.tiered.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportReport;
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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** OneRoster 1.1 and 1.2 bundles: schools from orgs, students from users (and 1.2's roles), withdrawals kept. */
class OneRosterImportTest {
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
        assertEquals("Alder School, Lower|03|Ana", student("u1"), "the record is kept");
        assertTrue(withdrawn("u1"));
    }

    @Test
    void aBundleWithoutUsersOrNotAZipIsRefused() {
        assertThrows(FileRefused.class, () -> files.importOneRoster(zip(Map.of("manifest.csv", MANIFEST_11))));
        assertThrows(
                FileRefused.class,
                () -> files.importOneRoster(
                        new ByteArrayInputStream("sourcedId,name\n".getBytes(StandardCharsets.UTF_8))));
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
