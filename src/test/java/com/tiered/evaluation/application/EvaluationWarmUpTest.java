package com.tiered.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.evaluation.infrastructure.jdbc.JdbcFactSource;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.infrastructure.JdbcDistrictFiles;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up takes students through load, decide and store and keeps nothing: the sample district, once
 * evaluated, reads the same in every table after it, and no run is recorded.
 */
class EvaluationWarmUpTest {
    private static final List<String> TABLES = List.of(
            "evaluation_run",
            "evaluated_student",
            "domain_decision",
            "flag_decision",
            "plan_recommendation",
            "evaluation_failure",
            "student_standing");

    private final DataSource db = MemoryDatabases.fresh("warm-up");
    private final LiveRules live = new LiveRules();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final AtomicInteger decisionWrites = new AtomicInteger();

    @BeforeEach
    void theSampleDistrictEvaluated() throws Exception {
        JdbcDistrictFiles files = new JdbcDistrictFiles(db);
        try (InputStream zip = sample("oneroster.zip")) {
            files.importOneRoster(zip);
        }
        for (ImportKind kind : List.of(
                ImportKind.SCREENING,
                ImportKind.PROGRESS,
                ImportKind.GOALS,
                ImportKind.SPECIAL_EDUCATION,
                ImportKind.REFERRALS)) {
            try (InputStream csv = sample(kind.urlName() + ".csv")) {
                files.importCsv(kind, csv);
            }
        }
        var rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        live.use(new RuleSetVersion(1, rules.version(), "test", Instant.now(), "shipped", true), rules);
        new EvaluationService(new JdbcFactSource(db), new JdbcEvaluationRepository(db), live, pool)
                .evaluateDistrict(LocalDate.now(), "test");
    }

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void theWarmUpDecidesTheFirstStudentsAndLeavesEveryTableAsItWas() throws SQLException {
        List<String> before = contents();
        assertTrue(before.stream().anyMatch(row -> row.startsWith("student_standing|")), "the district has standings");
        int decided = warmUp(40);
        assertEquals(40, decided, "the first 40 of the 80 students went through the rules");
        assertTrue(decisionWrites.get() > 0, "and through the store's writes, which were undone");
        assertEquals(80, warmUp(200), "a district smaller than the warm-up, though not by four, goes whole");
        assertEquals(before, contents(), "no run, decision or standing was kept");
    }

    @Test
    void aSmallDistrictIsLeftAlone() throws SQLException {
        List<String> before = contents();
        assertEquals(0, warmUp(400), "80 students: their first run takes no time to speak of");
        assertEquals(before, contents());
    }

    private int warmUp(int students) {
        return new EvaluationService(new JdbcFactSource(db), new JdbcEvaluationRepository(counting(db)), live, pool)
                .warmUp(students);
    }

    /** The database, counting the statements prepared to write decisions. */
    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(
                            getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("prepareStatement")
                                        && ((String) a[0]).startsWith("insert into domain_decision")) {
                                    decisionWrites.incrementAndGet();
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Every row of the evaluation's tables, as text, in a fixed order. */
    private List<String> contents() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> tableRows = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        tableRows.add(row.toString());
                    }
                    tableRows.sort(null);
                    rows.addAll(tableRows);
                }
            }
        }
        return rows;
    }

    private static InputStream sample(String name) {
        return EvaluationWarmUpTest.class.getResourceAsStream("/samples/district-small/" + name);
    }
}
