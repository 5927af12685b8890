package com.tiered.benchmark;

import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.caseload.domain.SchoolBoard;
import com.tiered.caseload.infrastructure.JdbcCaseloadBoard;
import com.tiered.caseload.infrastructure.JdbcSchoolBoard;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The reads behind the caseload and school pages, timed on a district that {@link DistrictBenchmark} imported and
 * evaluated (100k students in 40 schools). Prints the median and 95th percentile of 30 runs after 5 warm-ups. Run
 * (see docs/performance.md): {@code java -cp … com.tiered.benchmark.PagesBenchmark <jdbc-url> <user> <password>}.
 */
public final class PagesBenchmark {
    private static final int WARM_UPS = 5;
    private static final int RUNS = 30;

    private PagesBenchmark() {}

    public static void main(String[] args) {
        DataSource ds = BenchmarkDataSource.of(args[0], args[1], args[2]);
        CaseloadBoard caseloads = new JdbcCaseloadBoard(ds);
        SchoolBoard schools = new JdbcSchoolBoard(ds);
        long school = Long.parseLong(caseloads.schools(null).get(0).value());
        CaseloadFilter district = CaseloadFilter.of(null);
        CaseloadFilter oneSchool = CaseloadFilter.of(Set.of(school));
        CaseloadFilter tierThreeReading =
                new CaseloadFilter(null, null, null, "READING", 3, null, null, null, false, false, false, null);
        CaseloadFilter flagged = new CaseloadFilter(
                Set.of(school), null, null, null, null, "PM_TREND_BELOW", null, null, false, false, false, null);
        System.out.printf("%s: %d students%n", args[0].replaceAll("\\?.*", ""), caseloads.count(district));
        time(
                "caseload, district (admin): first 25, needs attention first, and the count",
                () -> caseloads
                                .page(district, CaseloadSort.NEEDS_ATTENTION, true, 0, 25)
                                .size()
                        + caseloads.count(district));
        time("caseload, district: page 200 of 25 by name", () -> caseloads
                .page(district, CaseloadSort.NAME, true, 200 * 25, 25)
                .size());
        time(
                "caseload, one school (specialist/principal): first 25 and the count",
                () -> caseloads
                                .page(oneSchool, CaseloadSort.NEEDS_ATTENTION, true, 0, 25)
                                .size()
                        + caseloads.count(oneSchool));
        time(
                "caseload, district filtered READING tier 3: first 25 and the count",
                () -> caseloads
                                .page(tierThreeReading, CaseloadSort.NEEDS_ATTENTION, true, 0, 25)
                                .size()
                        + caseloads.count(tierThreeReading));
        time(
                "caseload, one school filtered by flag: first 25 and the count",
                () -> caseloads
                                .page(flagged, CaseloadSort.NEEDS_ATTENTION, true, 0, 25)
                                .size()
                        + caseloads.count(flagged));
        time("school overview (principal), one school", () -> schools.overview(school, LocalDate.of(2026, 2, 16))
                .orElseThrow()
                .students());
    }

    private static void time(String what, Supplier<Object> read) {
        for (int i = 0; i < WARM_UPS; i++) {
            read.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-80s median %6.1f ms, p95 %6.1f ms%n", what, ms[RUNS / 2], ms[(int) (RUNS * 0.95) - 1]);
    }
}
