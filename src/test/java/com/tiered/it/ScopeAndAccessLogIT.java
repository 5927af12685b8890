package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scope is enforced, not hidden: on the demo district (two schools; the specialist and the principal work at Maple
 * Grove), every page and API path that names a student or a school of Cedar Ridge is refused to them with 403 and
 * logged, while the coordinator (the district) may see it; the results file of an evaluation gives them their
 * school's students only. The access log records views, exports and refusals, and only an administrator can search it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeAndAccessLogIT {
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]+)");
    private static final Pattern STUDENT = Pattern.compile("student\\.xhtml\\?id=([A-Za-z0-9-]+)");

    @ArquillianResource
    private URL deployed;

    private Http http;
    private String maple;
    private String cedar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void schools() {
        http = new Http(deployed);
        Map<String, String> schools = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(http.get("/school.xhtml", "admin").body());
        while (m.find()) {
            schools.put(m.group(2).trim(), m.group(1));
        }
        maple = schools.get("Maple Grove Elementary");
        cedar = schools.get("Cedar Ridge Middle School");
    }

    private String aStudentOf(String schoolId) {
        Matcher m = STUDENT.matcher(
                http.get("/students.xhtml?school=" + schoolId, "admin").body());
        assertTrue(m.find(), "the school has students");
        return m.group(1);
    }

    @Test
    void everyPathToAStudentOfAnotherSchoolIsRefusedToTheSpecialistAndThePrincipal() {
        String outsider = aStudentOf(cedar);
        for (String user : new String[] {"specialist", "principal"}) {
            assertEquals(403, http.get("/student.xhtml?id=" + outsider, user).statusCode(), user + ": page");
            assertEquals(
                    403, http.get("/api/students/" + outsider + "/status", user).statusCode(), user + ": API");
            String list = http.get("/students.xhtml?school=" + cedar, user).body();
            assertFalse(list.contains(outsider), user + ": the list filtered by the other school shows nobody");
            assertTrue(list.contains("No students match"), user);
        }
        assertEquals(403, http.get("/school.xhtml?school=" + cedar, "principal").statusCode());
        assertEquals(
                403, http.get("/school.xhtml?school=" + maple, "specialist").statusCode(), "not a role of it");
        assertEquals(
                200, http.get("/student.xhtml?id=" + outsider, "coordinator").statusCode(), "the district");
        assertEquals(
                200, http.get("/school.xhtml?school=" + cedar, "coordinator").statusCode());
    }

    @Test
    void theirOwnSchoolIsOpenToThem() {
        String insider = aStudentOf(maple);
        assertEquals(200, http.get("/student.xhtml?id=" + insider, "specialist").statusCode());
        assertEquals(
                200,
                http.get("/api/students/" + insider + "/status", "principal").statusCode());
        HttpResponse<String> school = http.get("/school.xhtml", "principal");
        assertEquals(200, school.statusCode());
        assertTrue(school.body().contains("Maple Grove Elementary"), "the principal's own school by default");
        assertTrue(
                http.get("/students.xhtml?school=" + maple, "principal").body().contains(insider));
    }

    @Test
    void theResultsFileGivesAPrincipalTheirSchoolOnlyAndEveryExportIsLogged() {
        HttpResponse<String> started = http.post("/api/evaluations?asOf=" + LocalDate.now(), "coordinator");
        assertEquals(200, started.statusCode(), started.body());
        int run = Http.json(started).getInt("id");
        String path = "/api/evaluations/" + run + "/results";

        Set<String> district = studentsIn(http.get(path, "coordinator"));
        String insider = aStudentOf(maple);
        String outsider = aStudentOf(cedar);
        assertTrue(district.contains(insider) && district.contains(outsider), "the district's file has both schools");
        for (String user : new String[] {"principal", "specialist"}) {
            HttpResponse<String> results = http.get(path, user);
            assertEquals(200, results.statusCode(), results.body());
            assertTrue(results.body().startsWith("student_sourced_id,domain,tier,flags\n"), results.body());
            Set<String> theirs = studentsIn(results);
            assertTrue(theirs.contains(insider), user + ": their school's students are in it");
            assertFalse(theirs.contains(outsider), user + ": a student of Cedar Ridge is not");
            assertTrue(district.containsAll(theirs) && theirs.size() < district.size(), user);
            Matcher cedarStudent = STUDENT.matcher(
                    http.get("/students.xhtml?school=" + cedar, "admin").body());
            while (cedarStudent.find()) {
                assertFalse(theirs.contains(cedarStudent.group(1)), user + ": " + cedarStudent.group(1));
            }
        }

        for (String user : new String[] {"principal", "specialist", "coordinator"}) {
            String log =
                    http.get("/admin/access-log.xhtml?user=" + user, "admin").body();
            assertTrue(
                    log.contains("EXPORTED") && log.contains("Results CSV of evaluation " + run),
                    user + "'s export of the results is in the access log");
        }
    }

    private static Set<String> studentsIn(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body()
                .lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toSet());
    }

    @Test
    void viewsAndRefusalsAreInTheAccessLogWhichOnlyAnAdministratorCanSearch() {
        String insider = aStudentOf(maple);
        String outsider = aStudentOf(cedar);
        http.get("/student.xhtml?id=" + insider, "specialist");
        http.get("/api/students/" + outsider + "/status", "principal");

        String viewed = http.get("/admin/access-log.xhtml?student=" + insider + "&user=specialist", "admin")
                .body();
        assertTrue(viewed.contains("VIEWED_STUDENT") && viewed.contains("Student page"), "the specialist's view");
        String refused = http.get("/admin/access-log.xhtml?student=" + outsider + "&user=principal", "admin")
                .body();
        assertTrue(
                refused.contains("REFUSED") && refused.contains("Outside the user&#39;s schools")
                        || refused.contains("Outside the user's schools"),
                "the principal's refusal");
        assertFalse(refused.contains(insider), "the search by student shows that student only");

        for (String user : new String[] {"specialist", "principal", "coordinator"}) {
            assertEquals(403, http.get("/admin/access-log.xhtml", user).statusCode(), user);
        }
    }

    /**
     * The what-if preview lists a rule author's own schools by name and only counts the rest: a draft that flags
     * every real student (scenario students are of school "SCHOOL", so the scenarios still pass) changes every
     * student of both schools; the Maple Grove specialist reads Maple Grove's changes and a count for Cedar Ridge,
     * the administrator reads both, and the specialist's reading is in the access log.
     */
    @Test
    void theWhatIfPreviewNamesOnlyTheAuthorsSchools() throws Exception {
        String probe =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "Probe: every real student"
                when
                    $s : Student( school != "SCHOOL" )
                then
                    insert(Flag.ofStudent($s.getId(), "PREVIEW_PROBE", drools.getRule().getName(), "probe"));
                end
                """;
        assertEquals(200, http.get("/api/rules/draft", "specialist").statusCode());
        assertEquals(
                200,
                http.put("/api/rules/draft/files/preview-probe.drl", "specialist", "0", probe)
                        .statusCode());
        try {
            var started = Http.json(http.post("/api/rules/draft/preview", "specialist"));
            long id = started.getJsonNumber("id").longValue();
            jakarta.json.JsonObject result = null;
            for (int i = 0; i < 240 && (result == null || !result.getBoolean("finished")); i++) {
                Thread.sleep(500);
                result = Http.json(http.get("/api/rules/draft/preview/" + id, "specialist"));
            }
            assertTrue(result.getBoolean("finished"), "the preview finished");
            List<JsonObject> shown = result.getJsonArray("changes").getValuesAs(JsonObject.class);
            assertFalse(shown.isEmpty(), "Maple Grove's students change");
            for (JsonObject c : shown) {
                assertEquals("Maple Grove Elementary", c.getString("school"), c.toString());
            }

            // The administrator reads the same preview whole: the specialist's list is exactly its Maple Grove part,
            // and the counts are exactly the rest.
            var district = Http.json(http.get("/api/rules/draft/preview/" + id, "admin"));
            assertEquals(0, district.getJsonObject("elsewhere").getInt("changes"));
            List<JsonObject> all = district.getJsonArray("changes").getValuesAs(JsonObject.class);
            assertTrue(
                    all.stream().anyMatch(c -> c.getString("school").equals("Cedar Ridge Middle School")),
                    "the administrator sees the district");
            assertEquals(
                    all.stream()
                            .filter(c -> c.getString("school").equals("Maple Grove Elementary"))
                            .map(JsonObject::toString)
                            .toList(),
                    shown.stream().map(JsonObject::toString).toList());
            List<JsonObject> rest = all.stream()
                    .filter(c -> !c.getString("school").equals("Maple Grove Elementary"))
                    .toList();
            assertEquals(rest.size(), result.getJsonObject("elsewhere").getInt("changes"), "Cedar Ridge is counted");
            assertEquals(
                    rest.stream()
                            .map(c -> c.getString("studentSourcedId"))
                            .distinct()
                            .count(),
                    result.getJsonObject("elsewhere").getInt("students"),
                    "Cedar Ridge's students are counted");

            String log =
                    http.get("/admin/access-log.xhtml?user=specialist", "admin").body();
            assertTrue(log.contains("What-if preview " + id), "the specialist's reading is logged");
        } finally {
            http.delete("/api/rules/draft", "specialist");
        }
    }

    /**
     * The sweep: every GET path of the API (read from /openapi, path parameters filled with a Cedar Ridge student, the
     * latest evaluation and the like) and every page of the application (with that student and school as query
     * parameters), asked as the Maple Grove specialist and principal, either refuses or answers without naming that
     * student.
     */
    @Test
    void noPageAndNoApiPathShowsAStudentOfAnotherSchool() throws Exception {
        String outsider = aStudentOf(cedar);
        // The demo district's first evaluation, which every later test leaves in place.
        String evaluation = "1";
        assertEquals(200, http.get("/api/evaluations/" + evaluation, "admin").statusCode());
        java.util.List<String> asked = new java.util.ArrayList<>();
        String openapi = http.get("/openapi", "admin").body();
        Matcher path = Pattern.compile("(?m)^  (/[^:\\s]+):\\s*$\\n((?:    .*\\n|\\s*\\n)*)")
                .matcher(openapi);
        while (path.find()) {
            if (!path.group(2).contains("    get:")) {
                continue;
            }
            String filled = path.group(1)
                    .replaceAll("\\{sourcedId[^}]*\\}", outsider)
                    .replaceAll("\\{kind[^}]*\\}", "students")
                    .replaceAll("\\{path[^}]*\\}", "tiering.drl")
                    .replaceAll("\\{id[^}]*\\}", evaluation)
                    // any other parameter (a profile's name …): a value, so the path is still asked
                    .replaceAll("\\{[^}]*\\}", "star-2026");
            asked.add(filled);
        }
        assertTrue(
                asked.contains("/api/evaluations/" + evaluation + "/results")
                        && asked.contains("/api/students/" + outsider + "/status"),
                "the sweep reads the API's paths from /openapi: " + asked);
        try (java.util.stream.Stream<java.nio.file.Path> pages =
                java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            pages.map(p -> p.toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.contains("WEB-INF") && !p.contains("resources/"))
                    .map(p -> p.substring("src/main/webapp".length()) + "?id=" + outsider + "&student=" + outsider
                            + "&school=" + cedar)
                    .forEach(asked::add);
        }
        assertTrue(asked.size() > 15, "pages and API paths: " + asked);
        for (String user : new String[] {"specialist", "principal"}) {
            for (String url : asked) {
                HttpResponse<String> answer = http.get(url, user);
                boolean refused = answer.statusCode() == 403 || answer.statusCode() == 404;
                assertTrue(
                        refused || !answer.body().contains(outsider),
                        user + " read " + outsider + " (Cedar Ridge) at " + url + " (" + answer.statusCode() + ")");
            }
        }
    }

    @Test
    void aRefusalByRoleIsInTheAccessLogWithTheUserAndThePathAndAScopeRefusalOnlyOnce() {
        String outsider = aStudentOf(cedar);
        assertEquals(403, http.get("/admin/staff.xhtml", "principal").statusCode());
        assertEquals(
                403, http.post("/api/evaluations?asOf=2026-02-16", "principal").statusCode());
        assertEquals(
                403,
                http.post("/api/imports/students", "specialist", "text/csv", new byte[0])
                        .statusCode());
        assertEquals(
                403,
                http.post("/api/rules/1/activate?comment=mine", "specialist").statusCode());
        assertEquals(403, http.get("/student.xhtml?id=" + outsider, "principal").statusCode());

        String principal =
                http.get("/admin/access-log.xhtml?user=principal", "admin").body();
        assertTrue(principal.contains("Refused: role — GET /admin/staff.xhtml"), principal);
        assertTrue(principal.contains("Refused: role — POST /api/evaluations"), principal);
        assertFalse(
                principal.contains("Refused: role — GET /student.xhtml"),
                "the scope refusal is recorded by the student directory, not twice");
        String specialist =
                http.get("/admin/access-log.xhtml?user=specialist", "admin").body();
        assertTrue(specialist.contains("Refused: role — POST /api/imports/students"), specialist);
        assertTrue(specialist.contains("Refused: role — POST /api/rules/1/activate"), specialist);
    }

    @Test
    void readingAListOfStudentsIsInTheAccessLog() {
        assertEquals(200, http.get("/students.xhtml", "specialist").statusCode());
        assertEquals(200, http.get("/school.xhtml?school=" + maple, "principal").statusCode());
        String specialist =
                http.get("/admin/access-log.xhtml?user=specialist", "admin").body();
        assertTrue(specialist.contains("VIEWED_LIST") && specialist.contains("Caseload rows 1-"), "the caseload read");
        String principal =
                http.get("/admin/access-log.xhtml?user=principal", "admin").body();
        assertTrue(principal.contains("School overview of school " + maple), "the school overview read");
    }
}
