package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * logged, while the coordinator (the district) may see it. The access log records views and refusals, and only an
 * administrator can search it.
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
}
