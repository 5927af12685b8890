package com.tiered.benchmark;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.evaluation.infrastructure.jdbc.JdbcEvaluationRepository;
import com.tiered.evaluation.infrastructure.jdbc.JdbcFactSource;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Where a district evaluation spends its time: runs the production pipeline over a district already in the database
 * (built by {@link DistrictBenchmark}) and adds up, over all workers, the time spent reading facts, deciding and
 * storing decisions. Run (see docs/performance.md):
 * {@code java -Xmx1g -cp … com.tiered.benchmark.EvaluationPhasesBenchmark <jdbc-url> <user> <password> [rounds]}.
 */
public final class EvaluationPhasesBenchmark {
    private final AtomicLong loading = new AtomicLong();
    private final AtomicLong deciding = new AtomicLong();
    private final AtomicLong storing = new AtomicLong();

    private EvaluationPhasesBenchmark() {}

    public static void main(String[] args) throws Exception {
        DataSource ds = BenchmarkDataSource.of(args[0], args[1], args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        new EvaluationPhasesBenchmark().run(ds, rounds);
    }

    private void run(DataSource ds, int rounds) {
        DecisionRules rules = timed(new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped()));
        LiveRules live = new LiveRules();
        live.use(new RuleSetVersion(1, rules.version(), "bench", Instant.now(), "bench", true), rules);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        EvaluationService service = new EvaluationService(
                timed(new JdbcFactSource(ds)), timed(new JdbcEvaluationRepository(ds)), live, pool);
        System.out.printf(
                "%d cores, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            loading.set(0);
            deciding.set(0);
            storing.set(0);
            long start = System.nanoTime();
            EvaluationRun run = service.evaluateDistrict(LocalDate.of(2026, 2, 16), "bench");
            System.out.printf(
                    "evaluation %d: %d students in %d ms; summed over the workers: reading facts %d ms,"
                            + " deciding %d ms, storing decisions %d ms%n",
                    round,
                    run.students(),
                    (System.nanoTime() - start) / 1_000_000,
                    loading.get() / 1_000_000,
                    deciding.get() / 1_000_000,
                    storing.get() / 1_000_000);
        }
        pool.shutdown();
    }

    private FactSource timed(FactSource facts) {
        return new FactSource() {
            @Override
            public List<Long> activeStudentIds() {
                return facts.activeStudentIds();
            }

            @Override
            public List<StudentFacts> load(List<Long> studentIds, LocalDate asOf) {
                long start = System.nanoTime();
                try {
                    return facts.load(studentIds, asOf);
                } finally {
                    loading.addAndGet(System.nanoTime() - start);
                }
            }

            @Override
            public List<Long> idsOf(List<String> sourcedIds) {
                return facts.idsOf(sourcedIds);
            }

            @Override
            public Map<String, com.tiered.evaluation.domain.StudentLabel> labels(Collection<String> sourcedIds) {
                return facts.labels(sourcedIds);
            }
        };
    }

    private DecisionRules timed(DecisionRules rules) {
        return new DecisionRules() {
            @Override
            public String version() {
                return rules.version();
            }

            @Override
            public List<StudentDecisions> decide(
                    LocalDate asOf, List<StudentFacts> students, java.util.function.BooleanSupplier stop) {
                long start = System.nanoTime();
                try {
                    return rules.decide(asOf, students, stop);
                } finally {
                    deciding.addAndGet(System.nanoTime() - start);
                }
            }

            @Override
            public List<GrowthNorm> growthNorms() {
                return rules.growthNorms();
            }
        };
    }

    /** Every call passes through; the time of storeDecisions is added up. */
    private EvaluationRepository timed(EvaluationRepository repository) {
        return (EvaluationRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EvaluationRepository.class}, (proxy, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("storeDecisions")) {
                            storing.addAndGet(System.nanoTime() - start);
                        }
                    }
                });
    }
}
