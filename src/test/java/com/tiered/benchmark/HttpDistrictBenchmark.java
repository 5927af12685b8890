package com.tiered.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A district's day on the user's path: a generated district of N students posted to a running Tiered through the
 * same HTTP calls a district's systems make (OneRoster bundle, screening, goals, progress), then the district
 * evaluated twice, the caseload page opened with each filter by a signed-in administrator, and C clients each posting
 * one progress point every few seconds for S seconds. Start the application on an empty database first (see
 * docs/performance.md); it talks to loopback only and stops by itself. Run:
 * {@code HttpDistrictBenchmark <base-url> <students> [steps: imports (or oneroster,screening,goals,progress),again,evaluate,caseload,points] [clients 50] [seconds 60]}.
 */
public final class HttpDistrictBenchmark {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern SCHOOL_OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Benchmark School");
    private static final Pattern ROWS_READ = Pattern.compile("\"rowsRead\":(\\d+)");
    private static final Pattern BACKGROUND_RUN =
            Pattern.compile("\"evaluation\":\\{\"id\":(\\d+),\"students\":(\\d+),\"inBackground\":true");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String admin =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    private HttpDistrictBenchmark(String base) {
        URI uri = URI.create(base);
        if (!Set.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost())) {
            throw new IllegalArgumentException("The benchmark sends traffic to loopback only, not to " + uri.getHost());
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        HttpDistrictBenchmark bench = new HttpDistrictBenchmark(args[0]);
        int students = Integer.parseInt(args[1]);
        Set<String> steps = Set.of((args.length > 2 ? args[2] : "imports,evaluate,caseload,points").split(","));
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        LocalDate today = LocalDate.now();
        Path dir = Files.createTempDirectory("tiered-http-bench");
        GeneratedDistrict.Files files = GeneratedDistrict.write(dir, students, today);
        System.out.printf("%s, %d students, today %s, files in %s%n", args[0], students, today, dir);
        boolean all = steps.contains("imports");
        if (all || steps.contains("oneroster")) {
            bench.importFile("oneroster", files.oneRoster(), "application/zip");
        }
        if (all || steps.contains("screening")) {
            bench.importFile("screening", files.screening(), "text/csv");
        }
        if (all || steps.contains("goals")) {
            bench.importFile("goals", files.goals(), "text/csv");
        }
        if (all || steps.contains("progress")) {
            bench.importFile("progress", files.progress(), "text/csv");
        }
        if (steps.contains("again")) {
            bench.importFile("screening", files.screening(), "text/csv");
        }
        if (steps.contains("evaluate")) {
            for (int round = 1; round <= 2; round++) {
                long t = System.nanoTime();
                HttpResponse<String> r = bench.send(bench.api("/api/evaluations?asOf=" + today)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
                System.out.printf("evaluation %d: HTTP %d in %,d ms: %s%n", round, r.statusCode(), millis(t), r.body());
            }
        }
        if (steps.contains("caseload")) {
            bench.caseload();
        }
        if (steps.contains("points")) {
            bench.points(files.monitored(), clients, seconds, today);
        }
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(20))
                .header("Authorization", admin);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void importFile(String kind, Path file, String type) throws IOException {
        long t = System.nanoTime();
        HttpResponse<String> r = send(api("/api/imports/" + kind)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build());
        long ms = millis(t);
        Matcher read = ROWS_READ.matcher(r.body());
        long rows = read.find() ? Long.parseLong(read.group(1)) : 0;
        String body = r.body().replaceAll("\"warnings\":\\[[^\\]]*\\]", "\"warnings\":[…]");
        System.out.printf(
                "import %-10s HTTP %d %,9d rows in %,7d ms = %,7d rows/s  %s%n",
                kind,
                r.statusCode(),
                rows,
                ms,
                rows * 1000 / Math.max(1, ms),
                body.length() > 600 ? body.substring(0, 600) + "…" : body);
        Matcher background = BACKGROUND_RUN.matcher(r.body());
        if (background.find()) {
            waitFor(Long.parseLong(background.group(1)), t);
        }
    }

    /** Waits until a background evaluation is done, so the next figure is not taken beside it. */
    private void waitFor(long runId, long importStarted) {
        while (true) {
            HttpResponse<String> run =
                    send(api("/api/evaluations/" + runId).GET().build());
            if (run.body().contains("\"finished\":true")) {
                System.out.printf(
                        "  its background evaluation: decisions ready %,d ms after the file was posted: %s%n",
                        millis(importStarted), run.body());
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The caseload page as a signed-in administrator (the whole district) opens it, each filter ten times. */
    private void caseload() {
        String cookie = signIn("admin", "demo");
        String first = page("/students.xhtml", cookie).body();
        Matcher school = SCHOOL_OPTION.matcher(first);
        String schoolId = school.find() ? school.group(1) : "0";
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("default (needs attention first)", "");
        filters.put("one school", "school=" + schoolId);
        filters.put("grade 03", "grade=03");
        filters.put("READING Tier 3", "domain=READING&tier=3");
        filters.put("Tier 2, any domain", "tier=2");
        filters.put("flag PM_TREND_BELOW", "flag=PM_TREND_BELOW");
        filters.put("flag SCREEN_URGENT in MATH", "domain=MATH&flag=SCREEN_URGENT");
        filters.put("needs attention only", "attention=true");
        filters.put("unmonitored", "unmonitored=true");
        filters.put("review overdue", "reviewOverdue=true");
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String path = "/students.xhtml" + (filter.getValue().isEmpty() ? "" : "?" + filter.getValue());
            page(path, cookie);
            List<Long> times = new ArrayList<>();
            int status = 0;
            int length = 0;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = page(path, cookie);
                times.add(System.nanoTime() - t);
                status = r.statusCode();
                length = r.body().length();
            }
            Collections.sort(times);
            System.out.printf(
                    "caseload %-32s HTTP %d, %,8d chars: median %4d ms, slowest %4d ms%n",
                    filter.getKey(), status, length, times.get(5) / 1_000_000, times.get(9) / 1_000_000);
        }
    }

    private HttpResponse<String> page(String path, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", cookie)
                .GET()
                .build());
    }

    private String signIn(String user, String password) {
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("No sign-in form: " + page.body());
        }
        Map<String, String> form = Map.of(
                "login",
                "login",
                "login:username",
                user,
                "login:password",
                password,
                "login:sign-in",
                "",
                "jakarta.faces.ViewState",
                state.group(1),
                "primefaces.nonce",
                nonce.group(1));
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build());
        return posted.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElse(cookie);
    }

    /** The points posted first, while the JIT compiles their path: reported apart from the measured ones. */
    private static final int POINTS_WARM_UP_SECONDS = 20;

    /**
     * {@code clients} programs, each posting one new progress point for a monitored student every 1–3 s: the
     * incremental path (the point stored, that student re-evaluated) under load. The first {@link
     * #POINTS_WARM_UP_SECONDS} are reported apart (the path's first calls since the start wait for the JIT); the next
     * {@code seconds} are the measure.
     */
    private void points(List<String> monitored, int clients, int seconds, LocalDate today) throws InterruptedException {
        ConcurrentLinkedQueue<Long> warming = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long measured = System.nanoTime() + TimeUnit.SECONDS.toNanos(POINTS_WARM_UP_SECONDS);
        long end = measured + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            pool.submit(() -> {
                try {
                    Thread.sleep(random.nextInt(3000)); // programs start at their own moments, not in one burst
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < end) {
                    String student = monitored.get(random.nextInt(monitored.size()));
                    String csv = "student_sourced_id,domain,measure,administered_on,score\n" + student + ",READING,ORF,"
                            + today + "," + (20 + random.nextInt(60)) + "\n";
                    long t = System.nanoTime();
                    HttpResponse<String> r = send(api("/api/imports/progress")
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(csv))
                            .build());
                    (t < measured ? warming : latencies).add(System.nanoTime() - t);
                    if (r.statusCode() != 200 && failures.incrementAndGet() <= 3) {
                        System.out.println("  HTTP " + r.statusCode() + ": " + r.body());
                    }
                    try {
                        Thread.sleep(1000 + random.nextInt(2000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(POINTS_WARM_UP_SECONDS + seconds + 120L, TimeUnit.SECONDS);
        List<Long> first = new ArrayList<>(warming);
        Collections.sort(first);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "progress points, %d clients, the first %d s: %,d posts; p50 %d ms, p95 %d ms, p99 %d ms%n",
                clients, POINTS_WARM_UP_SECONDS, first.size(), pct(first, 50), pct(first, 95), pct(first, 99));
        System.out.printf(
                "progress points, %d clients for %d s after them: %,d posts (%.1f/s), %d not 200 in all; p50 %d ms,"
                        + " p95 %d ms, p99 %d ms, slowest %d ms%n",
                clients,
                seconds,
                sorted.size(),
                sorted.size() / (double) seconds,
                failures.get(),
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
