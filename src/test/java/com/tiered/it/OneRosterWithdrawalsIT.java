package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OneRoster bundles through {@code POST /api/imports/oneroster} as an SIS sends them: a bulk users file withdraws whom
 * it leaves out (more than a fifth of a school only with {@code ?confirmWithdrawals=true}), a delta changes only its
 * rows, the manifest's version is told apart; the report counts who was withdrawn and reactivated; a withdrawn
 * student gets no new decisions, a reactivated one does. Each test has a school of its own and withdraws its
 * students at the end, so the district the other tests evaluate is as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneRosterWithdrawalsIT {
    private static final String IMPORT = "/api/imports/oneroster";
    private static final String USERS = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
            + "userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n";

    @ArquillianResource
    private URL deployed;

    private Http http;
    private String school;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void client() {
        http = new Http(deployed);
        school = "or-" + Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void withdrawTheSchoolsStudents() throws IOException {
        // A bulk users file that lists nobody of the school, confirmed: every student of it is withdrawn.
        http.post(IMPORT + "?confirmWithdrawals=true", "admin", "application/zip", bulk("1.1", ""));
    }

    @Test
    void aBulkFileWithdrawsTheStudentsItLeavesOutAndTheyGetNoNewDecisions() throws IOException {
        JsonObject first = imported(http.post(IMPORT, "admin", "application/zip", bulk("1.1", students(1, 10))));
        assertEquals(11, first.getInt("rowsRead"), "the school and ten students; the district is passed over");
        assertEquals(11, first.getInt("rowsImported"));
        assertEquals(0, first.getInt("studentsWithdrawn"));
        assertEquals("1.1", first.getJsonObject("oneRoster").getString("version"));
        assertEquals(
                "bulk", first.getJsonObject("oneRoster").getJsonObject("files").getString("users.csv"));
        int leftOut = evaluationOf(id(10));
        int renamed = evaluationOf(id(1));

        // Two of ten (a fifth) left out, one renamed: no confirmation needed.
        String roster = students(1, 8).replace("Given1,", "Renamed,");
        JsonObject second = imported(http.post(IMPORT, "admin", "application/zip", bulk("1.1", roster)));
        assertEquals(9, second.getInt("rowsRead"), "the school and eight students; the left-out are no rows");
        assertEquals(1, second.getInt("rowsImported"));
        assertEquals(8, second.getInt("rowsUnchanged"));
        assertEquals(2, second.getInt("studentsWithdrawn"));
        assertEquals(0, second.getInt("studentsReactivated"));
        assertEquals(leftOut, evaluationOf(id(10)), "a withdrawn student gets no new decisions");
        assertTrue(evaluationOf(id(1)) > renamed, "the renamed student is re-evaluated");

        // tobedeleted in a delta: the import's own re-evaluation leaves the student out too.
        int before = evaluationOf(id(8));
        JsonObject delta = imported(http.post(
                IMPORT, "admin", "application/zip", delta("1.1", students(8, 8).replace(",active,", ",tobedeleted,"))));
        assertEquals(1, delta.getInt("rowsImported"));
        assertEquals(1, delta.getInt("studentsWithdrawn"));
        assertEquals(before, evaluationOf(id(8)), "a just-withdrawn student is not evaluated");

        // The import history keeps what each bundle did to enrolment, newest first.
        HttpResponse<String> history = http.get("/api/imports", "admin");
        assertEquals(200, history.statusCode(), history.body());
        var imports = Http.json(history).getJsonArray("imports");
        assertEquals(1, imports.getJsonObject(0).getInt("studentsWithdrawn"), "the delta");
        assertEquals(2, imports.getJsonObject(1).getInt("studentsWithdrawn"), "the second bulk file");
        assertEquals(0, imports.getJsonObject(1).getInt("studentsReactivated"));
    }

    @Test
    void aBulkFileThatWouldWithdrawMoreThanAFifthOfASchoolIsRefusedWith409UntilConfirmed() throws IOException {
        imported(http.post(IMPORT, "admin", "application/zip", bulk("1.1", students(1, 10))));
        byte[] truncated = bulk("1.1", students(1, 3) + students(11, 11));

        HttpResponse<String> refused = http.post(IMPORT, "admin", "application/zip", truncated);
        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject body = Http.json(refused);
        assertEquals(409, body.getInt("status"));
        assertTrue(
                body.getString("message").contains("7 of the 10 active students of School " + school)
                        && body.getString("message").contains("confirmWithdrawals=true"),
                body.getString("message"));
        JsonObject over = body.getJsonArray("schools").getJsonObject(0);
        assertEquals(school, over.getString("sourcedId"));
        assertEquals(10, over.getInt("activeStudents"));
        assertEquals(7, over.getInt("leftOut"));
        assertEquals(
                404, http.get("/api/students/" + id(11) + "/status", "admin").statusCode(), "nothing stored");

        JsonObject confirmed =
                imported(http.post(IMPORT + "?confirmWithdrawals=true", "admin", "application/zip", truncated));
        assertEquals(7, confirmed.getInt("studentsWithdrawn"), "all seven: the refused call withdrew nobody");
        assertEquals(1, confirmed.getInt("rowsImported"), "the new student");
        assertEquals(
                200, http.get("/api/students/" + id(11) + "/status", "admin").statusCode());
    }

    @Test
    void aReactivatedStudentCountsAsAChangeAndIsReEvaluated() throws IOException {
        byte[] roster = bulk("1.1", students(1, 5));
        imported(http.post(IMPORT, "admin", "application/zip", roster));
        imported(http.post(
                IMPORT, "admin", "application/zip", delta("1.1", students(2, 2).replace(",active,", ",tobedeleted,"))));
        int withdrawn = evaluationOf(id(2));

        JsonObject again = imported(http.post(IMPORT, "admin", "application/zip", roster));
        assertEquals(1, again.getInt("studentsReactivated"));
        assertEquals(1, again.getInt("rowsImported"), "reactivation is a change, not 'unchanged'");
        assertEquals(5, again.getInt("rowsUnchanged"), "the school and the four others");
        assertEquals(0, again.getInt("studentsWithdrawn"));
        assertTrue(evaluationOf(id(2)) > withdrawn, "the reactivated student is evaluated again");
    }

    @Test
    void deltaBundlesVersionsAndManifestsAreToldApart() throws IOException {
        // 1.2: the role and the school come from roles.csv.
        String users12 = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
                + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n";
        StringBuilder users = new StringBuilder(users12);
        StringBuilder roles = new StringBuilder(
                "sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId,beginDate,endDate\n");
        for (int n = 1; n <= 4; n++) {
            users.append(id(n)).append(",,,true,u,,Given").append(n).append(",Family,,,,,,,04,\n");
            roles.append("r")
                    .append(n)
                    .append(",,,")
                    .append(id(n))
                    .append(",primary,student,")
                    .append(school);
            roles.append(",,\n");
        }
        Map<String, String> v12 = new LinkedHashMap<>();
        v12.put("manifest.csv", manifest("1.2", "bulk", "bulk") + "file.roles,bulk\n");
        v12.put("orgs.csv", orgs());
        v12.put("users.csv", users.toString());
        v12.put("roles.csv", roles.toString());
        JsonObject twelve = imported(http.post(IMPORT, "admin", "application/zip", Zips.of(v12)));
        assertEquals("1.2", twelve.getJsonObject("oneRoster").getString("version"));
        assertEquals(5, twelve.getInt("rowsImported"), "the school and four students");

        // A 1.2 delta of one name, without roles.csv: the others stay, the student keeps the school.
        JsonObject delta = imported(http.post(
                IMPORT,
                "admin",
                "application/zip",
                Zips.of(Map.of(
                        "manifest.csv",
                        manifest("1.2", "absent", "delta") + "file.roles,absent\n",
                        "users.csv",
                        users12 + id(3) + ",,,true,u,,Changed,Family,,,,,,,04,\n"))));
        assertEquals(1, delta.getInt("rowsRead"));
        assertEquals(1, delta.getInt("rowsImported"));
        assertEquals(0, delta.getInt("studentsWithdrawn"), "a delta withdraws nobody it leaves out");
        assertEquals(
                "delta", delta.getJsonObject("oneRoster").getJsonObject("files").getString("users.csv"));

        // No manifest: refused whole, as the contract says (bulk and delta cannot be told apart).
        HttpResponse<String> none =
                http.post(IMPORT, "admin", "application/zip", Zips.of(Map.of("users.csv", USERS + students(1, 1))));
        assertEquals(400, none.statusCode(), none.body());
        assertEquals(
                "The OneRoster bundle must be a zip with manifest.csv and users.csv",
                Http.json(none).getString("message"));

        HttpResponse<String> unknown = http.post(
                IMPORT,
                "admin",
                "application/zip",
                Zips.of(Map.of("manifest.csv", manifest("1.3", "absent", "bulk"), "users.csv", USERS)));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals(
                "manifest.csv line 3, oneroster.version: '1.3' is not a OneRoster version Tiered reads (1.0, 1.1"
                        + " or 1.2); nothing was imported",
                Http.json(unknown).getString("message"));
    }

    private JsonObject imported(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Http.json(response);
        assertEquals(0, report.getInt("rowsRejected"), response.body());
        return report;
    }

    /** The evaluation the student's status comes from. */
    private int evaluationOf(String student) {
        HttpResponse<String> status = http.get("/api/students/" + student + "/status", "admin");
        assertEquals(200, status.statusCode(), status.body());
        return Http.json(status).getInt("evaluationId");
    }

    private String id(int n) {
        return school + "-" + n;
    }

    /** Students n = from…to of the test's school, active, grade 03. */
    private String students(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int n = from; n <= to; n++) {
            rows.append(id(n))
                    .append(",active,,true,")
                    .append(school)
                    .append(",student,u,,Given")
                    .append(n);
            rows.append(",Family,,,,,,,03,\n");
        }
        return rows.toString();
    }

    private String orgs() {
        return "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                + "dist-or,active,,OneRoster District,district,D,\n"
                + school + ",active,,School " + school + ",school,S," + "dist-or\n";
    }

    private static String manifest(String version, String orgs, String users) {
        return "propertyName,value\nmanifest.version,1.0\noneroster.version," + version + "\nfile.orgs," + orgs
                + "\nfile.users," + users + "\nsource.systemName,Test SIS\n";
    }

    /** The school's whole roster: orgs and users bulk. */
    private byte[] bulk(String version, String students) throws IOException {
        return Zips.of(Map.of(
                "manifest.csv", manifest(version, "bulk", "bulk"), "orgs.csv", orgs(), "users.csv", USERS + students));
    }

    private byte[] delta(String version, String students) throws IOException {
        return Zips.of(Map.of("manifest.csv", manifest(version, "absent", "delta"), "users.csv", USERS + students));
    }
}
