package com.tiered.benchmark;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.evaluation.infrastructure.jdbc.JdbcFactSource;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.infrastructure.JdbcDistrictFiles;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import com.tiered.shared.infrastructure.SchemaMigration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * A generated district imported through the real import code and evaluated end to end (database → rules → stored
 * decisions) with the service's own chunked, parallel pipeline. Prints import throughput, evaluation time and peak
 * heap. Run (see docs/performance.md):
 * {@code java -Xmx1g -cp … com.tiered.benchmark.DistrictBenchmark <jdbc-url> <user> <password> <students>}.
 * The screening file has 10 rows per student: 100k students make the 1M-row import benchmark.
 */
public final class DistrictBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 16);

    private DistrictBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int students = Integer.parseInt(args[3]);
        DataSource ds = BenchmarkDataSource.of(url, args[1], args[2]);
        SchemaMigration.migrate(ds);
        Path dir = Files.createTempDirectory("tiered-bench");
        JdbcDistrictFiles files = new JdbcDistrictFiles(ds);
        System.out.printf(
                "%s, %d students, %d cores, max heap %d MiB%n",
                url.replaceAll("\\?.*", ""),
                students,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        importTimed(files, ImportKind.STUDENTS, write(dir, "students.csv", students, DistrictBenchmark::studentRows));
        importTimed(
                files, ImportKind.SCREENING, write(dir, "screening.csv", students, DistrictBenchmark::screeningRows));
        importTimed(files, ImportKind.GOALS, write(dir, "goals.csv", students, DistrictBenchmark::goalRows));
        importTimed(files, ImportKind.PROGRESS, write(dir, "progress.csv", students, DistrictBenchmark::progressRows));
        Path again = dir.resolve("screening.csv");
        importTimed(files, ImportKind.SCREENING, again);

        LiveRules live = new LiveRules();
        var rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        live.use(new RuleSetVersion(1, rules.version(), "bench", Instant.now(), "bench", true), rules);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        EvaluationService service =
                new EvaluationService(new JdbcFactSource(ds), new JdbcEvaluationRepository(ds), live, pool);
        for (int round = 1; round <= 2; round++) {
            resetPeakHeap();
            long t = System.nanoTime();
            EvaluationRun run = service.evaluateDistrict(AS_OF, "bench");
            System.out.printf(
                    "evaluation %d: %d students, %d flags in %d ms; peak heap %d MiB%n",
                    round, run.students(), run.flags(), (System.nanoTime() - t) / 1_000_000, peakHeapMiB());
        }
        pool.shutdown();
    }

    private static void importTimed(JdbcDistrictFiles files, ImportKind kind, Path file) throws IOException {
        resetPeakHeap();
        long t = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = files.importCsv(kind, in).report();
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.printf(
                "import %-10s %,9d rows (%,d imported, %,d unchanged, %,d rejected) in %,6d ms = %,7d rows/s;"
                        + " peak heap %d MiB%n",
                kind.urlName(),
                report.rowsRead(),
                report.rowsImported(),
                report.rowsUnchanged(),
                report.rowsRejected(),
                ms,
                report.rowsRead() * 1000 / Math.max(1, ms),
                peakHeapMiB());
    }

    interface Rows {
        void write(BufferedWriter out, int student, Random random) throws IOException;
    }

    private static Path write(Path dir, String name, int students, Rows rows) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int s = 0; s < students; s++) {
                rows.write(out, s, random);
            }
        }
        return file;
    }

    private static String id(int s) {
        return String.format("b-%06d", s);
    }

    private static void studentRows(BufferedWriter out, int s, Random random) throws IOException {
        if (s == 0) {
            out.write("sourced_id,given_name,family_name,grade,school_id,school_name,ell\n");
        }
        int school = s % 40;
        out.write(id(s) + ",Given" + s + ",Family" + (s % 997) + "," + String.format("%02d", 1 + s % 8) + ",bs-"
                + school + ",Bench School " + school + "," + (random.nextInt(8) == 0) + "\n");
    }

    private static void screeningRows(BufferedWriter out, int s, Random random) throws IOException {
        if (s == 0) {
            out.write("student_sourced_id,domain,measure,window,administered_on,score,percentile\n");
        }
        String[][] windows = {
            {"FALL", "2024-09-16"},
            {"WINTER", "2025-01-14"},
            {"SPRING", "2025-05-05"},
            {"FALL", "2025-09-15"},
            {"WINTER", "2026-01-13"}
        };
        for (String domain : new String[] {"READING", "MATH"}) {
            for (String[] w : windows) {
                int p = 1 + random.nextInt(99);
                out.write(id(s) + "," + domain + ",STAR_" + domain + "," + w[0] + "," + w[1] + "," + (300 + p * 6) + ","
                        + p + "\n");
            }
        }
    }

    private static void goalRows(BufferedWriter out, int s, Random random) throws IOException {
        if (s == 0) {
            out.write("student_sourced_id,domain,measure,baseline_score,baseline_date,goal_score,goal_date\n");
        }
        if (s % 5 == 0) {
            out.write(id(s) + ",READING,ORF,20,2025-10-06,60,2026-05-25\n");
        }
    }

    private static void progressRows(BufferedWriter out, int s, Random random) throws IOException {
        if (s == 0) {
            out.write("student_sourced_id,domain,measure,administered_on,score\n");
        }
        if (s % 5 == 0) {
            LocalDate d = LocalDate.of(2025, 10, 6);
            for (int k = 0; k < 16 && !d.isAfter(AS_OF); k++, d = d.plusDays(7)) {
                out.write(id(s) + ",READING,ORF," + d + "," + (20 + k * (1 + random.nextInt(3)) + random.nextInt(5))
                        + "\n");
            }
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
