package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.benchmark.GeneratedDistrict;
import com.tiered.evaluation.infrastructure.jdbc.JdbcFactSource;
import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a OneRoster import of a district asks of the database, and the lookup of the students it changed for their
 * re-evaluation, grow with the file and no faster: ten times the students, at most ten times the statements, and no statement
 * holds more values for a larger file (a single IN list of every student made H2 compare each student with all of
 * them: 65 s for 100k students). Counted, not timed: the time is the benchmark's (docs/performance.md).
 */
class ImportCostGrowsLinearlyTest {
    @TempDir
    Path dir;

    /** Statements prepared and the most values bound to one of them. */
    private record Cost(long statements, long mostValues, long rows) {}

    @Test
    void tenTimesTheStudentsCostAtMostTenTimesTheStatementsAndNoLongerOnes() throws Exception {
        Cost small = importDistrict(10_000);
        Cost large = importDistrict(100_000);

        assertEquals(10_040, small.rows());
        assertEquals(100_040, large.rows());
        // A fixed part (the schools, the manifest, the history) and a part per thousand students: no faster than 10×.
        String counts = "statements " + small.statements() + " → " + large.statements();
        assertTrue(large.statements() <= 10 * small.statements(), counts);
        assertTrue(large.statements() >= 5 * small.statements(), "chunks of a bounded size: " + counts);
        assertEquals(small.mostValues(), large.mostValues(), "the longest statement does not grow with the file");
        // A chunk of a thousand students and one more value (the withdrawn flag of OneRosterImporter.studentsWhere).
        assertTrue(large.mostValues() <= 1_001, "at most a chunk in one statement: " + large.mostValues());
    }

    private Cost importDistrict(int students) throws Exception {
        AtomicLong statements = new AtomicLong();
        AtomicLong mostValues = new AtomicLong();
        DataSource counted = counting(MemoryDatabases.fresh("linear-" + students), statements, mostValues);
        Path files = Files.createDirectories(dir.resolve(Integer.toString(students)));
        GeneratedDistrict.Files district = GeneratedDistrict.write(files, students, LocalDate.of(2026, 12, 2));
        ImportOutcome outcome;
        try (InputStream zip = Files.newInputStream(district.oneRoster());
                DistrictFile bundle =
                        new JdbcDistrictFiles(counted).open(ImportKind.ONEROSTER, zip, ImportOptions.NONE)) {
            outcome = bundle.importRows();
        }
        assertEquals(
                students,
                new JdbcFactSource(counted)
                        .idsOf(new ArrayList<>(outcome.changedStudents()))
                        .size());
        return new Cost(statements.get(), mostValues.get(), outcome.report().rowsRead());
    }

    /** The database, counting each statement prepared and the values bound to each. */
    private static DataSource counting(DataSource target, AtomicLong statements, AtomicLong mostValues) {
        return proxy(DataSource.class, target, (method, result) -> {
            if (result instanceof Connection c) {
                return proxy(Connection.class, c, (m, r) -> {
                    if (r instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
                        AtomicLong values = new AtomicLong();
                        return proxy(PreparedStatement.class, ps, (call, answer) -> {
                            if (call.getName().startsWith("set") && call.getParameterCount() >= 2) {
                                mostValues.accumulateAndGet(values.incrementAndGet(), Math::max);
                            } else if (call.getName().equals("addBatch")
                                    || call.getName().startsWith("execute")) {
                                values.set(0);
                            }
                            return answer;
                        });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    private interface Wrap {
        Object after(java.lang.reflect.Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
        return type.cast(Proxy.newProxyInstance(
                ImportCostGrowsLinearlyTest.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                    try {
                        return wrap.after(method, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
