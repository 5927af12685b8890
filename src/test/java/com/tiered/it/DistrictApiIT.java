package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.rules.SampleDistrict;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on Payara Micro, called over HTTP as other systems call it: the migrations and the JPA mapping on
 * the real server, security and its JSON errors, health and OpenAPI, and the sample district end to end. The same
 * class runs against H2 and, with -Pmysql, against MySQL/MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistrictApiIT {
    private static final List<String> FILES =
            List.of("students", "screening", "progress", "goals", "special-education", "referrals");

    @ArquillianResource
    private URL deployed;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void client() {
        http = new Http(deployed);
    }

    @Test
    void healthSaysTheApplicationIsReady() {
        HttpResponse<String> health = http.get("/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void theServerUsesTheDatabaseItWasGivenWhichOnlyAnAdministratorReads() {
        String url = System.getenv("TIERED_DB_URL");
        String expected = url != null && url.startsWith("jdbc:mysql:") ? "MySQL" : "H2";
        HttpResponse<String> details = http.get("/api/health/details", "admin");
        assertEquals(200, details.statusCode(), details.body());
        JsonObject json = Http.json(details);
        assertEquals("UP", json.getString("status"));
        assertTrue(json.getString("database").startsWith(expected), "expected " + expected + ": " + details.body());
        assertTrue(json.containsKey("rulesVersion"), details.body());
        assertEquals(403, http.get("/api/health/details", "coordinator").statusCode());
        assertEquals(401, http.get("/api/health/details", null).statusCode());
    }

    @Test
    void healthTellsAnyoneUpOrDownAndNothingAboutTheDatabaseOrTheRules() {
        String health = http.get("/health", null).body();
        for (String secret : new String[] {"database", "H2", "MySQL", "MariaDB", "rulesVersion"}) {
            assertFalse(health.contains(secret), secret + " in " + health);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheCalls() {
        HttpResponse<String> openapi = http.get("/openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/evaluations"), "names the evaluations call");
        assertTrue(openapi.body().contains("/api/imports/{kind}"), "names the import call");
    }

    @Test
    void anApiCallWithoutLoginAnswers401AsJson() {
        HttpResponse<String> response = http.get("/api/evaluations/1", null);
        assertEquals(401, response.statusCode());
        assertEquals(401, Http.json(response).getInt("status"));
    }

    @Test
    void aFormSentWithoutItsPagesNonceIsRefusedWith400NotAServerError() {
        HttpResponse<String> page = http.get("/login.xhtml", null);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(state.find(), "the sign-in page has a view state");
        String form = "login=login&login%3Ausername=nobody&login%3Apassword=x&login%3Asign-in="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.send(
                "POST",
                "/login.xhtml",
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", Http.sessionCookie(page)),
                form.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, posted.statusCode(), "a post that is not its page's own is the sender's mistake");
    }

    @Test
    void aWrongPasswordAnswers401AsJson() {
        HttpResponse<String> response = http.get("/api/evaluations/1", "admin:wrong");
        assertEquals(401, response.statusCode());
        assertTrue(Http.json(response).getString("message").contains("wrong"));
    }

    @Test
    void aRoleThatMayNotEvaluateIsRefusedWith403AsJson() {
        HttpResponse<String> response = http.post("/api/evaluations?asOf=2026-02-16", "specialist");
        assertEquals(403, response.statusCode(), response.body());
        assertEquals(403, Http.json(response).getInt("status"));
    }

    @Test
    void theSessionCookieOfThePagesDoesNotOpenTheApiSoAnotherSiteCannotImportOrEvaluate() {
        Http.FormSignIn coordinator = http.signInWithForm("coordinator", "demo");
        assertEquals(302, coordinator.response().statusCode(), "signed in");
        assertEquals(
                200,
                withCookie("GET", "/index.xhtml", coordinator.cookie(), null).statusCode(),
                "the pages");
        int imports = Http.json(http.get("/api/imports", "admin"))
                .getJsonArray("imports")
                .size();

        // What a form of another site makes the coordinator's browser send: text/plain, the cookie, its Origin.
        byte[] students = ("sourced_id,given_name,family_name,grade,school_id,school_name\n"
                        + "csrf-0001,Mallory,Forged,03,evil,Evil School\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = withCookie("POST", "/api/imports/students", coordinator.cookie(), students);
        assertEquals(401, imported.statusCode(), imported.body());
        assertEquals(401, Http.json(imported).getInt("status"));
        HttpResponse<String> evaluated = withCookie(
                "POST",
                "/api/evaluations?asOf=2026-02-16&wait=false",
                http.signInWithForm("admin", "demo").cookie(),
                null);
        assertEquals(401, evaluated.statusCode(), evaluated.body());
        assertEquals(
                imports,
                Http.json(http.get("/api/imports", "admin"))
                        .getJsonArray("imports")
                        .size(),
                "nothing was imported");
        assertEquals(
                401, withCookie("GET", "/api/rules", coordinator.cookie(), null).statusCode(), "nor read");
    }

    private HttpResponse<String> withCookie(String method, String path, String cookie, byte[] body) {
        return http.send(
                method,
                path,
                null,
                Map.of("Cookie", cookie, "Content-Type", "text/plain", "Origin", "https://evil.example"),
                body);
    }

    @Test
    void aCallThatChangesDataSentByAPageOfAnotherSiteIsRefusedEvenWithBasicCredentials() {
        for (Map<String, String> browser : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "null"))) {
            HttpResponse<String> evaluation =
                    http.send("POST", "/api/evaluations?asOf=2026-02-16&wait=false", "admin", browser, null);
            assertEquals(403, evaluation.statusCode(), browser + ": " + evaluation.body());
            assertEquals(403, Http.json(evaluation).getInt("status"));
            HttpResponse<String> imported = http.send(
                    "POST",
                    "/api/imports/students",
                    "coordinator",
                    with(Map.of("Content-Type", "text/csv"), browser),
                    "sourced_id,given_name,family_name,grade,school_id\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(403, imported.statusCode(), browser + ": " + imported.body());
        }
        assertEquals(
                200,
                http.send("GET", "/api/rules", "admin", Map.of("Origin", "https://evil.example"), null)
                        .statusCode(),
                "reading is not changing");
        assertEquals(
                200,
                http.send(
                                "POST",
                                "/api/rules/draft/check",
                                "admin",
                                Map.of("Origin", http.url("/").replaceAll("/$", ""), "Sec-Fetch-Site", "same-origin"),
                                null)
                        .statusCode(),
                "its own pages' origin");
    }

    private static Map<String, String> with(Map<String, String> headers, Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.putAll(more);
        return all;
    }

    @Test
    void aBasicCallMakesNoSession() {
        for (HttpResponse<String> response : List.of(
                http.get("/api/rules", "admin"),
                http.get("/api/evaluations/1", "coordinator"),
                http.post("/api/rules/draft/check", "admin"),
                http.get("/api/evaluations/1", "admin:wrong"))) {
            assertEquals(
                    List.of(),
                    response.headers().allValues("Set-Cookie"),
                    response.request().uri() + " " + response.statusCode());
        }
    }

    @Test
    void theSessionCookieOfTheSignInPageIsHttpOnlyAndSameSiteLax() {
        Http.FormSignIn signedIn = http.signInWithForm("principal", "demo");
        String setCookie = signedIn.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + signedIn.response().headers()));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP here: " + setCookie);
    }

    @Test
    void wrongPasswordsAreSlowedDownTo429WithRetryAfterAndEachFailureIsInTheAccessLog() {
        List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = http.get("/api/rules", "intruder-api:guess" + i);
            statuses.add(last.statusCode());
        }
        assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5), "five failures are free");
        assertEquals(429, last.statusCode(), statuses.toString());
        assertEquals(429, Http.json(last).getInt("status"));
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);

        String log =
                http.get("/admin/access-log.xhtml?user=intruder-api", "admin").body();
        assertTrue(log.contains("FAILED_SIGN_IN") && log.contains("Wrong user name or password (HTTP Basic"), log);
        assertTrue(log.contains("the next try waits 1 s"), "the failure that started the wait says so");

        Http.FormSignIn form = null;
        for (int i = 0; i < 10 && (form == null || form.response().statusCode() != 429); i++) {
            form = http.signInWithForm("intruder-form", "guess" + i);
        }
        assertEquals(429, form.response().statusCode(), "the sign-in page is slowed down too");
        assertTrue(form.response().headers().firstValue("Retry-After").isPresent());
        assertTrue(
                form.response().body().contains("Too many failed sign-ins"),
                form.response().body());
        assertTrue(http.get("/admin/access-log.xhtml?user=intruder-form", "admin")
                .body()
                .contains("Wrong user name or password (sign-in page"));
    }

    @Test
    void aProgramCallingInParallelWithItsRightPasswordIsAnsweredButParallelGuessesAreSlowedDown() throws Exception {
        // Every attempt under way counts as a failure until its outcome is known: before a right password was
        // remembered, a program's own parallel calls were refused with 429 "too many failed sign-ins".
        assertEquals(
                List.of(200), parallel(24, i -> "admin").stream().distinct().toList());
        List<Integer> guesses = parallel(24, i -> "intruder-parallel:guess" + i);
        assertFalse(guesses.contains(200), guesses.toString());
        assertTrue(guesses.contains(429), "parallel guesses do not slip through together: " + guesses);
    }

    /** {@code n} calls of GET /api/rules released at once, each as the user (user or user:password) it is given. */
    private List<Integer> parallel(int n, java.util.function.IntFunction<String> user) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String who = user.apply(i);
                calls.add(pool.submit(() -> {
                    start.await();
                    return http.get("/api/rules", who).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> call : calls) {
                statuses.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownApiPathAnswers404AsJsonWithoutAStackTrace() {
        HttpResponse<String> response = http.get("/api/no-such-thing", "admin");
        assertEquals(404, response.statusCode());
        assertEquals(404, Http.json(response).getInt("status"));
        // The one shape of an API error, and nothing else: no stack trace, no exception's name.
        assertEquals(
                Map.of("status", "404", "message", "\"There is nothing at this address\""),
                Http.json(response).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()
                        .toString())),
                response.body());
    }

    @Test
    void aBadDateAnswers400NamingIt() {
        HttpResponse<String> response = http.post("/api/evaluations?asOf=2026-02-30", "admin");
        assertEquals(400, response.statusCode());
        assertTrue(Http.json(response).getString("message").contains("2026-02-30"));
    }

    @Test
    void aPageWithoutLoginSendsToTheLoginPage() {
        HttpResponse<String> response = http.get("/students.xhtml", null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(200, http.get("/login.xhtml", null).statusCode());
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndAPolicyThatAllowsNoInlineScriptWithoutItsNonce() {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("the login page", http.get("/login.xhtml", null));
        responses.put("a page", http.get("/index.xhtml", "coordinator"));
        responses.put("an API call", http.get("/api/rules", "admin"));
        responses.put("an unknown API path", http.get("/api/nothing-here", "admin"));
        responses.put("an unknown page", http.get("/nothing-here.xhtml", "admin"));
        responses.put("a page the role may not see", http.get("/admin/staff.xhtml", "principal"));
        responses.put("a style sheet", http.get("/jakarta.faces.resource/css/tiered.css.xhtml", null));
        // These two leave from the authentication mechanism, before any filter runs.
        responses.put("the sign-in redirect", http.get("/students.xhtml", null));
        responses.put("the API's 401", http.get("/api/rules", null));
        assertEquals(302, responses.get("the sign-in redirect").statusCode());
        assertEquals(401, responses.get("the API's 401").statusCode());
        Pattern scriptSrc = Pattern.compile("(?:^|;)\\s*script-src ([^;]*)");
        responses.forEach((what, response) -> {
            HttpHeaders headers = response.headers();
            assertEquals(Optional.of("nosniff"), headers.firstValue("X-Content-Type-Options"), what);
            assertEquals(Optional.of("same-origin"), headers.firstValue("Referrer-Policy"), what);
            assertEquals(Optional.of("DENY"), headers.firstValue("X-Frame-Options"), what);
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), what + ": one policy, " + policies);
            String policy = policies.get(0);
            Matcher scripts = scriptSrc.matcher(policy);
            assertTrue(scripts.find(), what + ": " + policy);
            assertTrue(scripts.group(1).contains("'self'"), what + ": " + policy);
            assertFalse(scripts.group(1).contains("'unsafe-inline'"), what + ": " + policy);
            assertFalse(scripts.group(1).contains("'unsafe-eval'"), what + ": " + policy);
            for (String directive : List.of("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")) {
                assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
            }
        });
        for (String page : List.of("the login page", "a page")) {
            String policy = responses
                    .get(page)
                    .headers()
                    .firstValue("Content-Security-Policy")
                    .orElseThrow();
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
            assertTrue(nonce.find(), page + ": " + policy);
            assertTrue(
                    responses.get(page).body().contains("nonce=\"" + nonce.group(1) + "\""),
                    page + ": its scripts carry the nonce of its policy");
        }
    }

    @Test
    void aFileWithoutItsRequiredColumnsIsRefusedWith400() {
        HttpResponse<String> response = http.post(
                "/api/imports/screening",
                "admin",
                "text/csv",
                "student_sourced_id,domain,measure\nstu-00001,READING,ORF\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("message").contains("administered_on"), response.body());
    }

    @Test
    void theSampleDistrictImportedThroughTheApiIsDecidedAsItsExpectedResultsSay() {
        importSampleDistrict();
        JsonObject run = Http.json(http.post("/api/evaluations?asOf=" + SampleDistrict.asOf(), "admin"));
        assertEquals(SampleDistrict.asOf().toString(), run.getString("asOf"));
        assertEquals(80, run.getInt("students"));
        HttpResponse<String> results = http.get("/api/evaluations/" + run.getInt("id") + "/results", "coordinator");
        assertEquals(200, results.statusCode());
        assertEquals(
                SampleDistrict.text("expected.csv").replace("\r", "").trim(),
                results.body().trim());
    }

    @Test
    void aStudentsStatusShowsTiersFlagsAndPlanWithTheRuleAndEvidenceBehindThem() {
        importSampleDistrict();
        http.post("/api/evaluations?asOf=" + SampleDistrict.asOf(), "admin");
        JsonObject status = Http.json(http.get("/api/students/stu-00001/status", "coordinator"));
        assertEquals(SampleDistrict.asOf().toString(), status.getString("asOf"));
        JsonObject reading = status.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("domain").equals("READING"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, reading.getInt("tier"));
        JsonObject screen = reading.getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("SCREEN_INTERVENTION"))
                .findFirst()
                .orElseThrow();
        assertEquals("The screening tier is that of the worst counted risk", screen.getString("rule"));
        assertTrue(
                screen.getString("explanation").contains("percentile 22 on STAR_READING, WINTER 2026-01-13"),
                screen.getString("explanation"));
        JsonObject plan = status.getJsonArray("plans").getJsonObject(0);
        assertEquals("READING", plan.getString("domain"));
        assertEquals("ORF", plan.getString("progressMeasure"));
        assertEquals("2026-04-13", plan.getString("reviewOn"));
        assertEquals(3, plan.getInt("sessionsPerWeek"));
        // The intervention library's row for Tier 2 reading in grades 3-5 (stu-00001 is in grade 05).
        assertEquals("Repeated reading fluency group", plan.getString("intervention"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        importSampleDistrict();
        for (String kind : FILES) {
            JsonObject report =
                    Http.json(http.post("/api/imports/" + kind, "admin", "text/csv", sample(kind + ".csv")));
            assertEquals(0, report.getInt("rowsImported"), kind + ": " + report);
            assertEquals(report.getInt("rowsRead"), report.getInt("rowsUnchanged"), kind);
        }
    }

    @Test
    void aRowWithBadValuesIsRejectedWithItsLineColumnAndReasonWhileTheOthersAreTaken() {
        importSampleDistrict();
        String csv = "student_sourced_id,domain,measure,window,administered_on,score,percentile\n"
                + "stu-00001,READING,ORF,FALL,2025-09-24,40,\n"
                + "stu-00001,READING,ORF,AUTUMN,2025-09-25,40,\n"
                + "stu-00001,READING,ORF,FALL,2025-09-26,40,120\n";
        JsonObject report = Http.json(
                http.post("/api/imports/screening", "admin", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, report.getInt("rowsRead"));
        assertEquals(2, report.getInt("rowsRejected"));
        JsonArray errors = report.getJsonArray("errors");
        assertEquals(3, errors.getJsonObject(0).getInt("line"));
        assertEquals("window", errors.getJsonObject(0).getString("column"));
        assertEquals(4, errors.getJsonObject(1).getInt("line"));
        assertEquals("percentile", errors.getJsonObject(1).getString("column"));
    }

    @Test
    void theStudentPageShowsWhatIsStoredAboutTheStudent() {
        importSampleDistrict();
        HttpResponse<String> page = http.get("/student.xhtml?id=stu-00034", "coordinator");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Extended time; Breaks"), "the IEP's accommodations");
        assertTrue(page.body().contains("STAR_MATH"), "the screening results");
    }

    @Test
    void theCoordinatorsDeadlinesShowTheEvaluationClocksWithOverdueFirst() {
        importSampleDistrict();
        http.post("/api/evaluations?asOf=" + SampleDistrict.asOf(), "admin");
        HttpResponse<String> page = http.get("/deadlines.xhtml", "coordinator");
        assertEquals(200, page.statusCode());
        String body = page.body();
        int overdue = body.indexOf("EVALUATION_OVERDUE");
        int dueSoon = body.indexOf("EVALUATION_DUE_SOON");
        assertTrue(overdue > 0 && dueSoon > overdue, "overdue clocks come first");
        assertTrue(body.contains("Kowalski, Kenji"), "stu-00004's overdue evaluation, by name");
        assertTrue(body.contains("days overdue"), "with the evidence");
        assertEquals(403, http.get("/deadlines.xhtml", "specialist").statusCode());
    }

    @Test
    void aPrincipalIsRefusedAStudentOfAnotherSchool() {
        importSampleDistrict();
        HttpResponse<String> page = http.get("/student.xhtml?id=stu-00034", "principal");
        assertEquals(403, page.statusCode());
    }

    @Test
    void twoAuthorsSavingTheSameDraftFileNeverOverwriteEachOtherSilently() {
        JsonObject draft = Http.json(http.get("/api/rules/draft", "admin"));
        JsonObject file = draft.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("path").equals("cadence.drl"))
                .findFirst()
                .orElseThrow();
        String seen = Integer.toString(file.getInt("revision"));
        String content = file.getString("content");
        HttpResponse<String> first =
                http.put("/api/rules/draft/files/cadence.drl", "admin", seen, content + "\n// first author's note\n");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second =
                http.put("/api/rules/draft/files/cadence.drl", "admin", seen, content + "\n// second author's note\n");
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(Http.json(second).getString("message").contains("was saved by admin"), second.body());
        String kept = Http.json(http.get("/api/rules/draft", "admin"))
                .getJsonArray("files")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> f.getString("path").equals("cadence.drl"))
                .findFirst()
                .orElseThrow()
                .getString("content");
        assertTrue(kept.contains("first author's note") && !kept.contains("second author's note"));
        assertEquals(403, http.get("/api/rules/draft", "principal").statusCode(), "not a rule author");
        assertEquals(403, http.get("/rules.xhtml", "principal").statusCode());
        assertEquals(204, http.delete("/api/rules/draft", "admin").statusCode());
    }

    @Test
    void aDraftThatFailsItsCheckCannotBePreviewedOrPublished() {
        JsonObject draft = Http.json(http.get("/api/rules/draft", "admin"));
        JsonObject file = draft.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("path").equals("tiering.drl"))
                .findFirst()
                .orElseThrow();
        http.put(
                "/api/rules/draft/files/tiering.drl",
                "admin",
                Integer.toString(file.getInt("revision")),
                file.getString("content") + "\nrule \"Unfinished\" when then\n");
        JsonObject check = Http.json(http.post("/api/rules/draft/check", "admin"));
        assertFalse(check.getBoolean("passed"));
        assertEquals(
                "tiering.drl", check.getJsonArray("messages").getJsonObject(0).getString("file"));
        assertEquals(400, http.post("/api/rules/draft/preview", "admin").statusCode());
        String live = liveVersion();
        assertEquals(
                400,
                http.post("/api/rules/draft/publish?comment=broken", "admin").statusCode());
        assertEquals(live, liveVersion(), "the live rules keep serving");
        assertEquals(204, http.delete("/api/rules/draft", "admin").statusCode());
    }

    @Test
    void aBrokenRuleSetIsRefusedWithItsMessagesWhileTheLiveRulesKeepServing() throws IOException {
        String live = liveVersion();
        byte[] broken = rulesZip(Map.of("tiering.drl", "rule \"Unfinished\" when then"));
        HttpResponse<String> refused = http.post("/api/rules?comment=broken", "admin", "application/zip", broken);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject message = Http.json(refused).getJsonArray("messages").getJsonObject(0);
        assertEquals("tiering.drl", message.getString("file"));
        assertEquals(live, liveVersion(), "the live rules did not change");
        JsonObject run = Http.json(http.post("/api/evaluations?asOf=2026-02-16", "admin"));
        assertEquals(live, run.getString("rulesVersion"));
    }

    @Test
    void aNewRuleSetGoesLiveAndAnEarlierVersionCanBeMadeLiveAgain() throws IOException {
        JsonObject first = Http.json(http.get("/api/rules", "admin"))
                .getJsonArray("versions")
                .getJsonObject(0);
        byte[] changed = rulesZip(Map.of(
                "cadence.drl", Files.readString(Path.of("rules/cadence.drl")) + "\n// reviewed by the MTSS team\n"));
        HttpResponse<String> published = http.post("/api/rules?comment=Reviewed", "admin", "application/zip", changed);
        assertEquals(201, published.statusCode(), published.body());
        String newVersion = Http.json(published).getJsonObject("version").getString("version");
        assertEquals(newVersion, liveVersion());
        String activate = "/api/rules/" + first.getInt("id") + "/activate";
        assertEquals(403, http.post(activate + "?comment=back", "coordinator").statusCode());
        HttpResponse<String> rolledBack = http.post(activate + "?comment=Back+to+the+first+version", "admin");
        assertEquals(200, rolledBack.statusCode(), rolledBack.body());
        assertEquals(first.getString("version"), liveVersion());
    }

    @Test
    void onlyAnAdministratorWithACommentMakesRulesLiveOutsideTheDraftAndTheAccessLogKeepsIt() throws IOException {
        JsonObject first = Http.json(http.get("/api/rules", "admin"))
                .getJsonArray("versions")
                .getJsonObject(0);
        String activate = "/api/rules/" + first.getInt("id") + "/activate";
        byte[] changed = rulesZip(
                Map.of("cadence.drl", Files.readString(Path.of("rules/cadence.drl")) + "\n// checked by the admin\n"));
        String live = liveVersion();

        // The demo's specialist is a rule author: the draft is theirs, going live without it is not.
        HttpResponse<String> upload = http.post("/api/rules?comment=Mine", "specialist", "application/zip", changed);
        assertEquals(403, upload.statusCode(), upload.body());
        assertEquals(403, Http.json(upload).getInt("status"));
        assertEquals(403, http.post(activate + "?comment=Mine", "specialist").statusCode());
        assertEquals(live, liveVersion());

        HttpResponse<String> noComment = http.post("/api/rules", "admin", "application/zip", changed);
        assertEquals(400, noComment.statusCode(), noComment.body());
        assertTrue(Http.json(noComment).getString("message").contains("comment"), noComment.body());
        HttpResponse<String> blank = http.post("/api/rules?comment=+++", "admin", "application/zip", changed);
        assertEquals(400, blank.statusCode(), blank.body());
        HttpResponse<String> activateWithout = http.post(activate, "admin");
        assertEquals(400, activateWithout.statusCode(), activateWithout.body());
        assertTrue(Http.json(activateWithout).getString("message").contains("Say why"), activateWithout.body());
        assertEquals(live, liveVersion(), "nothing went live without a comment");

        HttpResponse<String> uploaded =
                http.post("/api/rules?comment=Cadence+checked+by+the+admin", "admin", "application/zip", changed);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        HttpResponse<String> activated = http.post(activate + "?comment=First+version+again+after+the+check", "admin");
        assertEquals(200, activated.statusCode(), activated.body());
        JsonObject versions = Http.json(http.get("/api/rules", "specialist"));
        assertEquals(first.getInt("id"), versions.getInt("live"), "the version made live serves");
        assertFalse(versions.containsKey("notice"), versions.toString());
        String log = http.get("/admin/access-log.xhtml?user=admin", "admin").body();
        assertTrue(log.contains("CHANGED_RULES"), "the access log names the change");
        assertTrue(log.contains("uploaded and live: Cadence checked by the admin"), "the upload with its comment");
        assertTrue(log.contains("live again: First version again after the check"), "the activation with its comment");
    }

    @Test
    void aRuleZipBombIsRefusedAndTheServerKeepsAnswering() throws IOException {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i < 5000; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".drl"));
                zip.closeEntry();
            }
        }
        HttpResponse<String> manyRefused =
                http.post("/api/rules?comment=many", "admin", "application/zip", many.toByteArray());
        assertEquals(413, manyRefused.statusCode(), manyRefused.body());
        assertTrue(Http.json(manyRefused).getString("message").contains("200 entries"), manyRefused.body());

        ByteArrayOutputStream big = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(big)) {
            zip.putNextEntry(new ZipEntry("tiering.drl"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(big.size() < 1024 * 1024, "256 MiB inflated from " + big.size() + " bytes");
        HttpResponse<String> bigRefused =
                http.post("/api/rules?comment=big", "admin", "application/zip", big.toByteArray());
        assertEquals(413, bigRefused.statusCode(), bigRefused.body());
        assertTrue(Http.json(bigRefused).getString("message").contains("tiering.drl"), bigRefused.body());

        HttpResponse<String> outside = http.post(
                "/api/rules?comment=outside", "admin", "application/zip", Zips.of(Map.of("../tiering.drl", "x")));
        assertEquals(400, outside.statusCode(), outside.body());
        assertEquals(200, http.get("/health", null).statusCode(), "the server still answers");
    }

    @Test
    void aDraftFileNameOutsideTheRuleSetOrTooLargeAFileIsRefused() {
        http.delete("/api/rules/draft", "admin");
        for (String path : new String[] {"..%2Fx.drl", "a/b/c.drl", "x.sh", "README.md", "scenarios/x.drl"}) {
            HttpResponse<String> refused = http.put("/api/rules/draft/files/" + path, "admin", "0", "rule");
            assertEquals(400, refused.statusCode(), path + ": " + refused.body());
            assertTrue(Http.json(refused).getString("message").contains("rule file name"), refused.body());
        }
        HttpResponse<String> large =
                http.put("/api/rules/draft/files/large.drl", "admin", "0", "// " + "x".repeat(300 * 1024));
        assertEquals(413, large.statusCode(), large.body());
        assertTrue(Http.json(large).getString("message").contains("256 KiB"), large.body());
        assertTrue(
                Http.json(http.get("/api/rules/draft", "admin"))
                        .getJsonArray("files")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(f -> f.getString("path").equals("large.drl")),
                "nothing was saved");
        assertEquals(204, http.delete("/api/rules/draft", "admin").statusCode());
    }

    @Test
    void aPreviewReadsTheDataAsOfTheDateAsked() throws InterruptedException {
        http.delete("/api/rules/draft", "admin");
        HttpResponse<String> started = http.post("/api/rules/draft/preview?asOf=2026-02-01", "specialist");
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("2026-02-01", Http.json(started).getString("asOf"));
        String result = "/api/rules/draft/preview/" + Http.json(started).getInt("id");
        JsonObject preview = Http.json(http.get(result, "specialist"));
        for (int i = 0; i < 120 && !preview.getBoolean("finished"); i++) {
            Thread.sleep(500);
            preview = Http.json(http.get(result, "specialist"));
        }
        assertTrue(preview.getBoolean("finished"), preview.toString());
        assertEquals("2026-02-01", preview.getString("asOf"));
        assertFalse(preview.containsKey("failure"), preview.toString());
        assertEquals(0, preview.getJsonArray("changes").size(), "the draft is the live rules: nothing changes");

        HttpResponse<String> today = http.post("/api/rules/draft/preview", "specialist");
        assertEquals(202, today.statusCode(), today.body());
        assertEquals(java.time.LocalDate.now().toString(), Http.json(today).getString("asOf"));
        http.delete("/api/rules/draft/preview/" + Http.json(today).getInt("id"), "specialist");

        HttpResponse<String> page = http.get("/rule-draft.xhtml", "specialist");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("draft:as-of")
                        && page.body().contains(java.time.LocalDate.now().toString()),
                "the draft page asks the date, today by default");
        HttpResponse<String> rules = http.get("/rules.xhtml", "specialist");
        assertEquals(200, rules.statusCode());
        assertTrue(rules.body().contains("(live)") && !rules.body().contains("rules-notice"), "no notice");

        HttpResponse<String> bad = http.post("/api/rules/draft/preview?asOf=2026-02-30", "specialist");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Http.json(bad).getString("message").contains("2026-02-30"), bad.body());
        assertEquals(204, http.delete("/api/rules/draft", "admin").statusCode());
    }

    @Test
    void aHostileDraftIsRefusedByTheCheckWithItsLineAndNeverRuns() throws IOException {
        Path marker = Path.of("/tmp/tiered-redteam-http.marker");
        long before = Files.exists(marker) ? Files.getLastModifiedTime(marker).toMillis() : -1;
        http.delete("/api/rules/draft", "admin");
        String hostile =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;

                rule "Leaves a mark"
                when
                    $s : Student()
                then
                    new java.io.FileWriter("/tmp/tiered-redteam-http.marker").write("ran");
                end
                """;
        HttpResponse<String> saved = http.put("/api/rules/draft/files/hostile.drl", "specialist", "0", hostile);
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> checked = http.post("/api/rules/draft/check", "specialist");
        assertEquals(200, checked.statusCode(), checked.body());
        JsonObject check = Http.json(checked);
        assertFalse(check.getBoolean("passed"));
        assertTrue(
                check.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> m.getString("file").equals("hostile.drl") && m.getInt("line") > 0),
                checked.body());
        assertEquals(400, http.post("/api/rules/draft/preview", "specialist").statusCode());
        assertEquals(
                400,
                http.post("/api/rules/draft/publish?comment=hostile", "specialist")
                        .statusCode());

        long after = Files.exists(marker) ? Files.getLastModifiedTime(marker).toMillis() : -1;
        assertEquals(before, after, "the rule never ran: no marker was written");
        assertEquals(200, http.get("/health", null).statusCode(), "the server still answers");
        assertEquals(204, http.delete("/api/rules/draft", "admin").statusCode());
    }

    @Test
    void anEvaluationStartedInTheBackgroundReportsWhenItIsDone() throws InterruptedException {
        importSampleDistrict();
        HttpResponse<String> started =
                http.post("/api/evaluations?asOf=" + SampleDistrict.asOf() + "&wait=false", "coordinator");
        assertEquals(202, started.statusCode(), started.body());
        int id = Http.json(started).getInt("id");
        JsonObject run = Http.json(http.get("/api/evaluations/" + id, "coordinator"));
        for (int i = 0; i < 120 && !run.getBoolean("finished"); i++) {
            assertTrue(run.containsKey("progress"), "a running evaluation says how far it got: " + run);
            Thread.sleep(500);
            run = Http.json(http.get("/api/evaluations/" + id, "coordinator"));
        }
        assertTrue(run.getBoolean("finished"), run.toString());
        assertEquals(80, run.getInt("students"), "every student of the sample district");
    }

    @Test
    void aOneRosterZipBombAHugeFieldAndAnOversizedUploadAreRefusedWith413AndTheServerStaysHealthy() throws IOException {
        // The attack: 1.5 GB of users.csv in a zip of about 1.5 MB.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write("propertyName,value\nmanifest.version,1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("users.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1500; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 2 * 1024 * 1024, "1.5 GB inflated from " + bomb.size() + " bytes");
        HttpResponse<String> bombRefused =
                http.post("/api/imports/oneroster", "admin", "application/zip", bomb.toByteArray());
        assertEquals(413, bombRefused.statusCode(), bombRefused.body());
        String bombMessage = Http.json(bombRefused).getString("message");
        assertTrue(
                bombMessage.contains("users.csv") && bombMessage.contains("TIERED_IMPORT_ZIP_MAX_RATIO"), bombMessage);
        assertEquals(200, http.get("/health", null).statusCode(), "the server still answers");

        // A students file announcing 150 MB, most of it one field: refused after its first 64 KiB, with the line.
        byte[] start = ("sourced_id,given_name,family_name,grade,school_id\nstu-huge," + "x".repeat(1024 * 1024))
                .getBytes(StandardCharsets.UTF_8);
        String[] field = partialUpload("/api/imports/students", "text/csv", 150_000_000L, start);
        assertEquals("413", field[0], field[1]);
        assertTrue(
                field[1].contains("line 2: a field is longer than 65,536 characters")
                        && field[1].contains("TIERED_IMPORT_MAX_FIELD_CHARS")
                        && field[1].contains("Nothing was stored"),
                field[1]);
        assertEquals(200, http.get("/health", null).statusCode(), "the server still answers");

        // 300 MB announced: refused before a byte of the body is read.
        String[] upload = partialUpload("/api/imports/students", "text/csv", 300_000_000L, new byte[0]);
        assertEquals("413", upload[0], upload[1]);
        assertTrue(
                upload[1].contains("larger than 200 MiB") && upload[1].contains("TIERED_IMPORT_MAX_BYTES"), upload[1]);

        assertEquals(200, http.get("/health", null).statusCode(), "the server still answers");
        assertFalse(http.get("/api/students/stu-huge/status", "admin").statusCode() == 200, "nothing of it was stored");
        importSampleDistrict();
    }

    @Test
    void formulasInStudentDataArriveAsTextInEveryExportAndEachExportIsInTheAccessLog() throws Exception {
        importSampleDistrict();
        String evilId = "=HYPERLINK(\"http://evil.example\",\"x\")";
        String quotedId = "\"" + evilId.replace("\"", "\"\"") + "\"";
        String evilName = "=HYPERLINK(\"http://evil.example/?leak\",\"Kowalski\")";
        String students = "sourced_id,given_name,family_name,grade,school_id\n"
                + "stu-00004,Kenji,\"" + evilName.replace("\"", "\"\"") + "\",05,sch-west\n"
                + quotedId + ",Eve,Mallory,05,sch-west\n";
        try {
            assertEquals(
                    0,
                    Http.json(http.post(
                                    "/api/imports/students",
                                    "admin",
                                    "text/csv",
                                    students.getBytes(StandardCharsets.UTF_8)))
                            .getInt("rowsRejected"));
            String screening = "student_sourced_id,domain,measure,window,administered_on,score,percentile\n" + quotedId
                    + ",READING,STAR_READING,WINTER,2026-01-13,400,8\n";
            assertEquals(
                    0,
                    Http.json(http.post(
                                    "/api/imports/screening",
                                    "admin",
                                    "text/csv",
                                    screening.getBytes(StandardCharsets.UTF_8)))
                            .getInt("rowsRejected"));
            int run = Http.json(http.post("/api/evaluations?asOf=" + SampleDistrict.asOf(), "coordinator"))
                    .getInt("id");

            String results = http.get("/api/evaluations/" + run + "/results", "coordinator")
                    .body();
            assertTrue(results.contains("\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",READING,"), results);
            assertFalse(results.contains("\n\"=") || results.contains("\n="), "no cell starts a formula");

            String deadlines = download("/deadlines.xhtml", "deadlines", "coordinator");
            assertTrue(deadlines.startsWith("studentSourcedId,name,school,deadline,domain,why\n"), deadlines);
            assertFalse(deadlines.contains("#{"), "values, not the page's expressions: " + deadlines);
            assertTrue(
                    deadlines.contains("stu-00004,\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Kowalski\"\"),"
                            + " Kenji\",\"West School, Upper\",EVALUATION_OVERDUE,MATH,"),
                    deadlines);

            String caseload = download("/students.xhtml", "list", "coordinator");
            assertTrue(caseload.contains("stu-00004,\"'=HYPERLINK("), caseload);
            assertTrue(
                    caseload.contains("\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"Mallory, Eve\""),
                    caseload);

            String log = http.get("/admin/access-log.xhtml?user=coordinator", "admin")
                    .body();
            assertTrue(log.contains("Results CSV of evaluation " + run), "the results export is logged");
            assertTrue(log.contains("Deadlines CSV"), "the deadlines export is logged");
            assertTrue(log.contains("Caseload CSV"), "the caseload export is logged");
        } finally {
            // The made-up student leaves the district's evaluations (withdrawn), stu-00004 gets its name back.
            String users = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
                    + "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
                    + quotedId + ",tobedeleted,,true,sch-west,student,eve,,Eve,Mallory,,,,,,,05,\n";
            http.post(
                    "/api/imports/oneroster",
                    "admin",
                    "application/zip",
                    Zips.of(Map.of("manifest.csv", "propertyName,value\nmanifest.version,1.0\n", "users.csv", users)));
            importSampleDistrict();
        }
    }

    /**
     * An upload that announces {@code declared} bytes and sends only {@code start}, as a client sending a huge file
     * would have when the server answers: the status and the body of the answer.
     */
    private String[] partialUpload(String path, String contentType, long declared, byte[] start) throws IOException {
        URL url = new URL(http.url(path));
        try (Socket socket = new Socket("localhost", url.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + url.getPath() + " HTTP/1.1\r\nHost: localhost:" + url.getPort()
                    + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + declared
                    + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(start);
                out.flush();
            } catch (IOException answeredAlready) {
                // the server may answer and close before it has taken all that was sent
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.lastIndexOf('}') > text.indexOf("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (java.net.SocketException closed) {
                // the answer is complete; the server closed the connection on the unread rest of the body
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            String status = text.length() >= 12 ? text.substring(9, 12) : text;
            int json = text.indexOf('{');
            return new String[] {status, json < 0 ? text : text.substring(json, text.lastIndexOf('}') + 1)};
        }
    }

    /** Presses a page's "Export" button (a non-Ajax post back with the view state) and answers the file it sends. */
    private String download(String page, String form, String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> shown = browser.send(
                HttpRequest.newBuilder(URI.create(http.url(page)))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode(), page);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(shown.body());
        assertTrue(state.find(), "the page has a view state");
        String body = form + "=" + form + "&" + enc(form + ":export") + "=&" + enc("jakarta.faces.ViewState") + "="
                + enc(state.group(1).replace("&#58;", ":"));
        HttpResponse<String> file = browser.send(
                HttpRequest.newBuilder(URI.create(http.url(page)))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", http.url("/").replaceAll("/$", ""))
                        .header("Referer", http.url(page))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(
                file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                page + " sent " + file.headers().map() + ": " + file.body());
        return file.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String liveVersion() {
        return Http.json(http.get("/api/rules", "admin"))
                .getJsonArray("versions")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(v -> v.getBoolean("active"))
                .findFirst()
                .orElseThrow()
                .getString("version");
    }

    /** The project's rules/ as a zip, with some files replaced. */
    private static byte[] rulesZip(Map<String, String> replaced) throws IOException {
        Path root = Path.of("rules");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                zip.putNextEntry(new ZipEntry(name));
                zip.write(
                        replaced.containsKey(name)
                                ? replaced.get(name).getBytes(StandardCharsets.UTF_8)
                                : Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void importSampleDistrict() {
        HttpResponse<String> roster =
                http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        assertEquals(200, roster.statusCode(), roster.body());
        for (String kind : FILES) {
            HttpResponse<String> response =
                    http.post("/api/imports/" + kind, "admin", "text/csv", sample(kind + ".csv"));
            assertEquals(200, response.statusCode(), kind + ": " + response.body());
            assertEquals(0, Http.json(response).getInt("rowsRejected"), kind + ": " + response.body());
        }
    }

    private static byte[] sample(String name) {
        try (InputStream in = DistrictApiIT.class.getResourceAsStream("/samples/district-small/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
