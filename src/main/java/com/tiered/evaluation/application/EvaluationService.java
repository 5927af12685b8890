package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the live rules over students. A district run splits the students into chunks that workers (one per core)
 * load, decide and store, each chunk in its own transaction; a chunk that fails is retried student by student, so
 * one bad student is reported and the others are still evaluated.
 */
@ApplicationScoped
public class EvaluationService {
    private static final Logger LOG = Logger.getLogger(EvaluationService.class.getName());
    static final int CHUNK = 500;

    @Inject
    private FactSource facts;
    @Inject
    private EvaluationRepository runs;
    @Inject
    private LiveRules live;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    public EvaluationService() {
    }

    /** Outside the container (benchmarks): the same service over given parts. */
    public EvaluationService(FactSource facts, EvaluationRepository runs, LiveRules live, ExecutorService executor) {
        this.facts = facts;
        this.runs = runs;
        this.live = live;
        this.executor = executor;
    }

    public EvaluationRun evaluateDistrict(LocalDate asOf, String startedBy) {
        return evaluate(facts.activeStudentIds(), asOf, startedBy, "DISTRICT");
    }

    /** Re-evaluates the given students as of today, after their data changed. */
    public EvaluationRun evaluateStudents(List<String> sourcedIds, String startedBy) {
        return evaluate(facts.idsOf(sourcedIds), LocalDate.now(), startedBy, "STUDENTS");
    }

    private EvaluationRun evaluate(List<Long> ids, LocalDate asOf, String startedBy, String scope) {
        long started = System.nanoTime();
        DecisionRules rules = live.current().rules();
        long runId = runs.start(asOf, rules.version(), startedBy, scope);
        ConcurrentLinkedQueue<List<Long>> chunks = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        AtomicInteger evaluated = new AtomicInteger();
        int workers = Math.max(1, Math.min(chunks.size(), Runtime.getRuntime().availableProcessors()));
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(executor.submit(() -> {
                List<Long> chunk;
                while ((chunk = chunks.poll()) != null) {
                    evaluated.addAndGet(evaluateChunk(runId, chunk, asOf, rules));
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The evaluation was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("The evaluation failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        return runs.finish(runId, evaluated.get(), ms);
    }

    private int evaluateChunk(long runId, List<Long> chunk, LocalDate asOf, DecisionRules rules) {
        List<StudentFacts> loaded = facts.load(chunk, asOf);
        try {
            runs.storeDecisions(runId, rules.decide(asOf, loaded));
            return loaded.size();
        } catch (RuntimeException chunkFailure) {
            LOG.log(Level.WARNING, "A chunk failed; evaluating its students one by one", chunkFailure);
            int done = 0;
            for (StudentFacts student : loaded) {
                try {
                    List<StudentDecisions> one = rules.decide(asOf, List.of(student));
                    runs.storeDecisions(runId, one);
                    done++;
                } catch (RuntimeException e) {
                    runs.storeFailure(runId, student.studentId(), e.getMessage());
                }
            }
            return done;
        }
    }
}
