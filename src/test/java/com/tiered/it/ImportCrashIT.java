package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server dies (SIGKILL, as kill -9) in the middle of a large import. After a restart, what was committed is
 * there in whole chunks of 1,000 rows, nothing is duplicated, and importing the same file again completes it.
 * Runs the executable bundle (target/tiered.jar) as a real process on the embedded database.
 */
class ImportCrashIT {
    private static final int STUDENTS = 3_000;
    private static final int ROWS_PER_STUDENT = 200;

    @TempDir
    Path work;

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aServerKilledMidImportKeepsWholeChunksAndTheSameFileCompletesIt() throws Exception {
        int port = freePort();
        Path data = Files.createDirectories(work.resolve("data"));
        Http http = new Http(new URL("http://localhost:" + port + "/"));
        server = start(port, data);
        Path students = students();
        Path screening = screening();
        assertEquals(
                200,
                http.post("/api/imports/students", "admin", "text/csv", Files.readAllBytes(students))
                        .statusCode());

        CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(http.url("/api/imports/screening")))
                                .header("Authorization", basic("admin:demo"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofFile(screening))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Thread.sleep(4_000);
        assertFalse(upload.isDone(), "the import is still running when the server is killed");
        server.destroyForcibly().waitFor();

        server = start(port, data);
        JsonObject again =
                Http.json(http.post("/api/imports/screening", "admin", "text/csv", Files.readAllBytes(screening)));
        long total = (long) STUDENTS * ROWS_PER_STUDENT;
        long kept = again.getJsonNumber("rowsUnchanged").longValue();
        assertEquals(total, again.getJsonNumber("rowsRead").longValue());
        assertEquals(0, again.getInt("rowsRejected"));
        assertEquals(total, kept + again.getJsonNumber("rowsImported").longValue());
        assertTrue(kept > 0 && kept < total, "the kill came in the middle: " + kept + " of " + total + " were kept");
        assertEquals(0, kept % 1_000, "only whole chunks were committed: " + kept + serverWarnings());

        JsonObject third =
                Http.json(http.post("/api/imports/screening", "admin", "text/csv", Files.readAllBytes(screening)));
        assertEquals(total, third.getJsonNumber("rowsUnchanged").longValue(), "nothing is missing or duplicated");
    }

    /** The warnings and failures the servers logged (a chunk stored row by row, say), to explain a failure. */
    private String serverWarnings() throws IOException {
        StringBuilder found = new StringBuilder();
        try (var logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("server-"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                    if (line.contains("WARNING") || line.contains("SEVERE") || line.contains("A chunk of")) {
                        found.append('\n')
                                .append(log.getFileName())
                                .append(": ")
                                .append(line);
                    }
                }
            }
        }
        return found.isEmpty() ? "; the servers logged no warning" : "; the servers logged:" + found;
    }

    private Process start(int port, Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        new File("target/tiered.jar").getAbsolutePath(),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(
                        work.resolve("server-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("TIERED_DATA_DIR", data.toString());
        builder.environment().remove("TIERED_DB_URL");
        Process process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server died while starting; see " + work);
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the server did not start in 180 s");
    }

    private Path students() throws IOException {
        Path file = work.resolve("students.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("sourced_id,given_name,family_name,grade,school_id,school_name\n");
            for (int s = 0; s < STUDENTS; s++) {
                out.write("crash-" + s + ",Given,Family,03,crash-school,Crash School\n");
            }
        }
        return file;
    }

    private Path screening() throws IOException {
        Path file = work.resolve("screening.csv");
        LocalDate first = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("student_sourced_id,domain,measure,window,administered_on,score,percentile\n");
            for (int s = 0; s < STUDENTS; s++) {
                for (int r = 0; r < ROWS_PER_STUDENT; r++) {
                    out.write("crash-" + s + ",READING,STAR_READING,FALL," + first.plusDays(r) + "," + (300 + r) + ","
                            + (1 + r % 99) + "\n");
                }
            }
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes());
    }
}
