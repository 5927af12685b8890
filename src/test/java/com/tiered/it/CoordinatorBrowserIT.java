package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.it.pages.AccessLogPage;
import com.tiered.it.pages.DeadlinesPage;
import com.tiered.it.pages.HomePage;
import com.tiered.it.pages.ImportsPage;
import com.tiered.it.pages.RulesPage;
import com.tiered.it.pages.SchoolPage;
import com.tiered.it.pages.Site;
import com.tiered.it.pages.StudentPage;
import com.tiered.it.pages.StudentsPage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A special-education coordinator in a real browser: uploads a file with a bad row on the import page and reads the
 * report and the history; evaluates the district from the home page and watches it finish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinatorBrowserIT {
    @ArquillianResource
    private URL deployed;

    @TempDir
    Path work;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aCoordinatorUploadsAFileAndSeesEachRejectedRowWithItsReason() throws IOException {
        Http http = new Http(deployed);
        http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        Path file = work.resolve("winter-screening.csv");
        Files.writeString(
                file,
                "student_sourced_id,domain,measure,window,administered_on,score,percentile\n"
                        + "stu-00001,READING,STAR_READING,WINTER,2026-01-20,700,35\n"
                        + "stu-00001,READING,STAR_READING,AUTUMN,2026-01-21,700,35\n");
        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            site.signInAs("coordinator");
            ImportsPage imports = site.imports();
            imports.screenshot("10-imports");
            imports.upload(file);
            String counts = imports.counts();
            // The good row is new on a fresh database and unchanged when the suite runs again on the same one.
            assertTrue(
                    counts.matches(".*2 rows read, (1 imported, 0 unchanged|0 imported, 1 unchanged), 1 rejected.*"),
                    counts);
            String errors = imports.errors();
            assertTrue(errors.contains("3") && errors.contains("window") && errors.contains("AUTUMN"), errors);
            assertTrue(imports.history().contains("winter-screening.csv"));
            imports.screenshot("11-import-report");

            // The error report comes through the page (the API does not take the session cookie).
            assertFalse(imports.source().contains("/api/"), "no link into the API");
            String report = Files.readString(imports.downloadErrorReport("winter-screening.csv"));
            assertTrue(report.contains("AUTUMN") && report.contains("window"), report);

            // A bulk OneRoster file that leaves out two of a school's five students: refused until confirmed.
            String school = "page-" + Long.toString(System.nanoTime(), 36);
            http.post("/api/imports/oneroster", "admin", "application/zip", roster(school, 5));
            Path bundle = work.resolve("roster.zip");
            Files.write(bundle, roster(school, 3));
            imports.uploadRefused(bundle, "more than a fifth of the school");
            imports.confirmWithdrawals();
            imports.upload(bundle, "2 students withdrawn");
            imports.screenshot("11b-withdrawals-confirmed");
            http.post("/api/imports/oneroster?confirmWithdrawals=true", "admin", "application/zip", roster(school, 0));
            Hostile.policyRefusedNothing(browser, "the import page");
        }
    }

    /** A bulk OneRoster 1.1 bundle of one school and its first {@code students} students. */
    private static byte[] roster(String school, int students) throws IOException {
        StringBuilder users = new StringBuilder("sourcedId,status,role,orgSourcedIds,givenName,familyName,grades\n");
        for (int n = 1; n <= students; n++) {
            users.append(school + "-" + n + ",active,student," + school + ",Given,Family,03\n");
        }
        return Zips.of(java.util.Map.of(
                "manifest.csv",
                "propertyName,value\noneroster.version,1.1\nfile.orgs,bulk\nfile.users,bulk\n",
                "orgs.csv",
                "sourcedId,name,type\n" + school + ",School " + school + ",school\n",
                "users.csv",
                users.toString()));
    }

    @Test
    void aCoordinatorEvaluatesTheDistrictFromTheHomePage() {
        Http http = new Http(deployed);
        String today = LocalDate.now().toString();
        try (Browser browser = new Browser()) {
            HomePage home = new Site(browser, http.url("/")).signInAs("coordinator");
            home.evaluateTheDistrict();
            home.said("The district was evaluated as of " + today);
            assertTrue(home.latestEvaluation().contains("As of " + today));
            home.screenshot("12-evaluated");

            DeadlinesPage deadlines = home.openDeadlines();
            assertTrue(deadlines.clocks().contains("Legal timelines"));
            deadlines.screenshot("13-deadlines");
            Hostile.policyRefusedNothing(browser, "the home page's evaluation and the deadlines");
        }
    }

    /**
     * Names that arrive from outside — a student's and a school's through the import API, a rule's name, explanation
     * and comment through the rule draft API — are shown as text on every page that shows them, to other roles than
     * the one who wrote them. The student gets an id of its own on each run and is withdrawn at the end, and the
     * earlier rules are made live again, so the district the other tests read is as it was.
     */
    @Test
    void namesFromImportsAndRuleAuthorsShowAsTextOnEveryPage() throws IOException {
        Http http = new Http(deployed);
        String student = "xss-" + System.currentTimeMillis();
        String schoolName = "Hostile School " + Hostile.SCRIPT + " " + Hostile.URL;
        http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        int liveRules = Http.json(http.get("/api/rules", "admin")).getInt("live");
        try {
            String students = "sourced_id,given_name,family_name,grade,school_id,school_name\n"
                    + String.join(
                            ",", student, csv(Hostile.SCRIPT), csv(Hostile.IMG), "03", "xss-school", csv(schoolName))
                    + "\n";
            HttpResponse<String> imported =
                    http.post("/api/imports/students", "admin", "text/csv", students.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, imported.statusCode(), imported.body());
            assertEquals(0, Http.json(imported).getInt("rowsRejected"), imported.body());

            http.delete("/api/rules/draft", "admin");
            String rule = "package tiered.rules;\n\nimport com.tiered.evaluation.domain.fact.*;\n\n"
                    + "rule \"" + Hostile.SCRIPT + " " + Hostile.URL + "\"\n    salience 500\nwhen\n"
                    + "    Student( $sid : id, school == \"xss-school\" )\nthen\n"
                    + "    insert(new Flag($sid, \"READING\", \"REFER_FOR_EVALUATION\", drools.getRule().getName(),\n"
                    + "        \"" + Hostile.IMG.replace("\"", "\\\"") + "\"));\nend\n";
            HttpResponse<String> saved = http.put("/api/rules/draft/files/hostile-names.drl", "admin", "0", rule);
            assertEquals(200, saved.statusCode(), saved.body());
            HttpResponse<String> published = http.post(
                    "/api/rules/draft/publish?comment="
                            + URLEncoder.encode(Hostile.SCRIPT + " " + Hostile.IMG, StandardCharsets.UTF_8),
                    "admin");
            assertEquals(200, published.statusCode(), published.body());
            int hostileRules = Http.json(published).getInt("id");
            HttpResponse<String> evaluated = http.post("/api/evaluations?asOf=" + LocalDate.now(), "admin");
            assertEquals(200, evaluated.statusCode(), evaluated.body());

            String school = schoolId(http, "Hostile School");
            try (Browser browser = new Browser()) {
                Site site = new Site(browser, http.url("/"));
                site.signInAs("coordinator");
                StudentsPage list = site.students("school=" + school);
                Hostile.nothingRan(browser, "the student list");
                assertEquals(Hostile.IMG + ", " + Hostile.SCRIPT, list.firstStudentName());
                StudentPage page = list.openFirstStudent();
                Hostile.nothingRan(browser, "the student page");
                assertEquals(Hostile.IMG + ", " + Hostile.SCRIPT, page.name());
                assertTrue(page.title().startsWith(Hostile.IMG + ", " + Hostile.SCRIPT));
                String decisions = page.decisions();
                assertTrue(
                        decisions.contains(Hostile.SCRIPT + " " + Hostile.URL + ": " + Hostile.IMG),
                        "the rule's name and explanation as text: " + decisions);
                assertTrue(page.facts().contains(schoolName));
                Hostile.scriptWithoutTheNonceIsBlocked(browser, "the student page");

                SchoolPage hostileSchool = site.school(school);
                Hostile.nothingRan(browser, "the school page");
                assertEquals(schoolName, hostileSchool.name());
                // The school picker's change handler runs under the policy: it opens the school chosen.
                assertNotEquals(
                        schoolName,
                        hostileSchool.pickAnotherSchoolThan(schoolName).name());

                DeadlinesPage deadlines = site.deadlines();
                Hostile.nothingRan(browser, "the deadlines");
                String referrals = deadlines.referrals();
                assertTrue(
                        referrals.contains(Hostile.IMG + ", " + Hostile.SCRIPT) && referrals.contains(schoolName),
                        "the flagged student with the school, as text: " + referrals);
                deadlines.screenshot("14-hostile-names-as-text");
            }

            try (Browser browser = new Browser()) {
                Site site = new Site(browser, http.url("/"));
                site.signInAs("specialist");
                RulesPage rules = site.rules();
                Hostile.nothingRan(browser, "the rules page");
                assertTrue(rules.history().contains(Hostile.SCRIPT + " " + Hostile.IMG));
                rules.showVersion(hostileRules);
                assertTrue(rules.openFile("hostile-names.drl")
                        .contains("rule \"" + Hostile.SCRIPT + " " + Hostile.URL + "\""));
                Hostile.nothingRan(browser, "a rule file on the rules page");
            }

            try (Browser browser = new Browser()) {
                Site site = new Site(browser, http.url("/"));
                site.signInAs("admin");
                AccessLogPage log = site.accessLogOf("admin");
                Hostile.nothingRan(browser, "the access log");
                assertTrue(log.entries().contains(Hostile.SCRIPT + " " + Hostile.IMG));
            }
        } finally {
            String withdraw = "sourcedId,status,role,orgSourcedIds,givenName,familyName,grades\n" + student
                    + ",tobedeleted,student,xss-school,Withdrawn,Student,03\n";
            http.post(
                    "/api/imports/oneroster",
                    "admin",
                    "application/zip",
                    Zips.of(Map.of(
                            "manifest.csv", "propertyName,value\nmanifest.version,1.0\n", "users.csv", withdraw)));
            http.post("/api/rules/" + liveRules + "/activate?comment=After+the+hostile+names+test", "admin");
        }
    }

    /** The id of the school whose name starts so, from the school picker. */
    private static String schoolId(Http http, String name) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(name))
                .matcher(http.get("/school.xhtml", "admin").body());
        assertTrue(option.find(), "the school " + name + " is listed");
        return option.group(1);
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = CoordinatorBrowserIT.class.getResourceAsStream("/samples/district-small/" + name)) {
            return in.readAllBytes();
        }
    }
}
