package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * A vendor's screening export through the API: its mapping profile saved from a file and versioned, exported, and
 * used by name ({@code ?profile=}) or recognised from the file's header. Each run has students and a profile name
 * of its own, and withdraws the students at the end, so the district the other tests read is as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VendorProfileApiIT {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @ArquillianResource
    private URL deployed;

    private Http http;
    private final String run = Long.toString(System.currentTimeMillis());
    private final String student = "vapi-" + run;
    private final String profile = "star-api-" + run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void aStudentOfThisRun() throws IOException {
        http = new Http(deployed);
        http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        String students = "sourced_id,given_name,family_name,grade,school_id,school_name\n" + student
                + ",Vera,Vendor,04,vendor-school,Vendor School\n";
        HttpResponse<String> imported =
                http.post("/api/imports/students", "admin", "text/csv", students.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, Http.json(imported).getInt("rowsRejected"), imported.body());
    }

    @AfterEach
    void withdrawTheStudent() throws IOException {
        String withdraw = "sourcedId,status,role,orgSourcedIds,givenName,familyName,grades\n" + student
                + ",tobedeleted,student,vendor-school,Vera,Vendor,04\n";
        http.post(
                "/api/imports/oneroster",
                "admin",
                "application/zip",
                Zips.of(Map.of("manifest.csv", "propertyName,value\nmanifest.version,1.0\n", "users.csv", withdraw)));
    }

    private String profileFile() {
        return "{\"name\": \"" + profile + "\", \"kind\": \"screening\", \"dateFormat\": \"MM/DD/YYYY\",\n"
                + " \"columns\": {\"student_sourced_id\": \"Student ID\", \"domain\": \"Subject\","
                + " \"measure\": \"Assessment\", \"window\": \"Window\", \"administered_on\": \"Test Date\","
                + " \"score\": \"Scaled Score\", \"percentile\": \"PR\"},\n"
                + " \"values\": {\"window\": {\"Fall\": \"FALL\", \"Winter\": \"WINTER\"},"
                + " \"domain\": {\"Reading\": \"READING\"}, \"measure\": {\"Star Reading\": \"STAR_READING\"}},\n"
                + " \"header\": [\"Test Date\", \"Student ID\", \"Subject\", \"Assessment\", \"Scaled Score\", \"PR\","
                + " \"Window\", \"Teacher\"]}";
    }

    private byte[] vendorFile() {
        String day = LocalDate.now().minusDays(20).format(US);
        return ("Test Date,Student ID,Subject,Assessment,Scaled Score,PR,Window,Teacher\n"
                        + day + "," + student + ",Reading,Star Reading,764,22,Winter,Ames\n"
                        + day + "," + student + ",Reading,Star Reading,700,30,Autumn,Ames\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> saveProfile(String json, String user) {
        return http.post("/api/imports/profiles", user, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProfileSavedTwiceHasTwoVersionsAndExportsAsTheFileItWasSavedFrom() {
        HttpResponse<String> first = saveProfile(profileFile(), "coordinator");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(1, Http.json(first).getInt("version"));
        assertTrue(
                first.headers().firstValue("Location").orElse("").endsWith("/api/imports/profiles/" + profile),
                first.headers().toString());
        HttpResponse<String> second = saveProfile(profileFile(), "admin");
        assertEquals(2, Http.json(second).getInt("version"), second.body());
        String log =
                http.get("/admin/access-log.xhtml?user=coordinator", "admin").body();
        assertTrue(log.contains("SAVED_IMPORT_PROFILE"), "the access log names the save");
        assertTrue(log.contains("Saved the import mapping profile " + profile + ", version 1 (screening)"), log);

        HttpResponse<String> exported = http.get("/api/imports/profiles/" + profile, "coordinator");
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject file = Http.json(exported);
        assertEquals(2, file.getInt("version"));
        assertEquals("admin", file.getString("savedBy"));
        assertEquals("Scaled Score", file.getJsonObject("columns").getString("score"));
        assertTrue(
                exported.headers().firstValue("Content-Disposition").orElse("").contains(profile + ".json"));
        assertEquals(
                "coordinator",
                Http.json(http.get("/api/imports/profiles/" + profile + "?version=1", "admin"))
                        .getString("savedBy"));
        HttpResponse<String> reUploaded = saveProfile(exported.body(), "coordinator");
        assertEquals(3, Http.json(reUploaded).getInt("version"), "an exported file uploads as the next version");

        JsonArray listed = Http.json(http.get("/api/imports/profiles", "admin")).getJsonArray("profiles");
        assertTrue(
                listed.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(p -> p.getString("name").equals(profile) && p.getInt("version") == 3),
                listed.toString());

        HttpResponse<String> missing = http.get("/api/imports/profiles/no-such-profile", "admin");
        assertEquals(404, missing.statusCode());
        assertEquals(404, Http.json(missing).getInt("status"));
    }

    @Test
    void aVendorFileImportsThroughItsProfileByNameAndByItsHeader() {
        assertEquals(201, saveProfile(profileFile(), "coordinator").statusCode());

        HttpResponse<String> named =
                http.post("/api/imports/screening?profile=" + profile, "coordinator", "text/csv", vendorFile());
        assertEquals(200, named.statusCode(), named.body());
        JsonObject report = Http.json(named);
        assertEquals(profile, report.getJsonObject("profile").getString("name"));
        assertEquals(2, report.getInt("rowsRead"));
        assertEquals(1, report.getInt("rowsImported"), report.toString());
        assertEquals(1, report.getInt("rowsRejected"));
        JsonObject error = report.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("line"), "the vendor file's line");
        assertEquals("Window", error.getString("column"), "the vendor's column");
        assertTrue(error.getString("message").contains("'Autumn' is not FALL, WINTER or SPRING"), error.toString());

        HttpResponse<String> recognised = http.post("/api/imports/screening", "coordinator", "text/csv", vendorFile());
        JsonObject again = Http.json(recognised);
        assertEquals(profile, again.getJsonObject("profile").getString("name"), "recognised by its header");
        assertEquals(1, again.getInt("rowsUnchanged"), again.toString());

        String history = http.get("/api/imports", "coordinator").body();
        assertTrue(history.contains("(mapped by " + profile + ", version 1)"), "the history names the profile");

        HttpResponse<String> status = http.get("/api/students/" + student + "/status", "admin");
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("STAR_READING"), "the student was evaluated with the vendor's score");
    }

    @Test
    void aProfileOfAnotherKindOrNoProfileAtAllRefusesTheFileWhole() {
        assertEquals(201, saveProfile(profileFile(), "coordinator").statusCode());
        HttpResponse<String> otherKind =
                http.post("/api/imports/progress?profile=" + profile, "coordinator", "text/csv", vendorFile());
        assertEquals(400, otherKind.statusCode());
        assertTrue(Http.json(otherKind).getString("message").contains("maps screening files, not progress files"));

        HttpResponse<String> unknown =
                http.post("/api/imports/screening?profile=no-such-profile", "coordinator", "text/csv", vendorFile());
        assertEquals(400, unknown.statusCode());
        assertTrue(Http.json(unknown).getString("message").contains("There is no mapping profile 'no-such-profile'"));
    }

    @Test
    void aBadProfileIsRefusedWithEveryProblemAndASpecialistSavesNone() {
        String bad = "{\"name\": \"Star 2026\", \"kind\": \"screening\", \"columns\": {\"student_sourced_id\": \"ID\","
                + " \"score\": \"ID\", \"grade\": \"Grade\"}}";
        HttpResponse<String> refused = saveProfile(bad, "coordinator");
        assertEquals(400, refused.statusCode(), refused.body());
        String message = Http.json(refused).getString("message");
        for (String problem : new String[] {
            "'Star 2026' is not a profile name",
            "'grade' is not a column of a screening file",
            "The vendor column 'ID' is mapped twice",
            "domain, measure, window, administered_on are not mapped"
        }) {
            assertTrue(message.contains(problem), problem + " in " + message);
        }
        assertEquals(
                400,
                saveProfile("{\"name\": \"x\", \"extra\": 1}", "coordinator").statusCode());
        assertEquals(403, saveProfile(profileFile(), "specialist").statusCode());
        assertEquals(403, http.get("/api/imports/profiles", "specialist").statusCode());
        assertEquals(404, http.get("/api/imports/profiles/" + profile, "admin").statusCode(), "nothing was saved");
    }

    @Test
    void theOpenApiDocumentDescribesTheProfileCalls() {
        String openapi = http.get("/openapi", null).body();
        assertTrue(openapi.contains("/api/imports/profiles/{name}"), "names the export");
        assertTrue(openapi.contains("saveImportProfile"), "names the save");
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = VendorProfileApiIT.class.getResourceAsStream("/samples/district-small/" + name)) {
            return in.readAllBytes();
        }
    }
}
