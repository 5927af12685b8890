package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Inject
    private FactSource facts;

    @Inject
    private EvaluationRepository runs;

    @Inject
    private RulesInUse live;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    /**
     * Students per rehearsed write in a warm-up. The store's loops run once per batch: the JIT compiles a method fully
     * only after some 600 calls, so small batches get it there (a district run makes 200 calls of 500).
     */
    private static final int REHEARSAL = 50;

    private final Map<Long, Job> running = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Job> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public EvaluationService() {}

    /** Outside the container (benchmarks): the same service over given parts. */
    public EvaluationService(FactSource facts, EvaluationRepository runs, RulesInUse live, ExecutorService executor) {
        this.facts = facts;
        this.runs = runs;
        this.live = live;
        this.executor = executor;
    }

    /** Evaluates every active student and answers when done. */
    public EvaluationRun evaluateDistrict(LocalDate asOf, String startedBy) {
        return run(begin(facts.activeStudentIds(), asOf, startedBy, "DISTRICT"));
    }

    /** Starts a district evaluation in the background; {@link #progress} tells how far it got. */
    public long startDistrict(LocalDate asOf, String startedBy) {
        Job job = begin(facts.activeStudentIds(), asOf, startedBy, "DISTRICT");
        executor.submit(() -> {
            try {
                run(job);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "District evaluation " + job.runId + " failed", e);
            }
        });
        return job.runId;
    }

    /** Re-evaluates the given students as of today, after their data changed. */
    public EvaluationRun evaluateStudents(List<String> sourcedIds, String startedBy) {
        List<Long> ids = facts.idsOf(sourcedIds);
        LocalDate today = LocalDate.now();
        if (ids.size() <= StudentChunks.SIZE) {
            Optional<Long> runId = atOnce(ids, today, startedBy);
            if (runId.isPresent()) {
                return runs.find(runId.get()).orElseThrow();
            }
        }
        return run(begin(ids, today, startedBy, "STUDENTS"));
    }

    /**
     * A teacher's point or a correction: one transaction, one wait for the disk instead of three. Empty when it failed
     * whole (nothing kept): the usual run then records each student's failure.
     */
    private Optional<Long> atOnce(List<Long> ids, LocalDate today, String startedBy) {
        DecisionRules rules = live.rules();
        try {
            return Optional.of(runs.runAtOnce(
                    today, rules.version(), startedBy, "STUDENTS", ids, f -> rules.decide(today, f), rules.flags()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A small run failed whole; evaluating its students the usual way", e);
            return Optional.empty();
        }
    }

    /**
     * Re-evaluates the given students as of today in the background and answers the run's id at once; {@link
     * #progress} tells how far it got. Such runs go one after the other, in the order they were started, each with a
     * worker per core: three large imports in a row queue three runs instead of running them at once on the same
     * cores. A student's latest run is the one with the highest id, so a run that ends after a newer one does not
     * replace its decisions.
     */
    public long startStudents(List<String> sourcedIds, String startedBy) {
        Job job = begin(facts.idsOf(sourcedIds), LocalDate.now(), startedBy, "STUDENTS");
        backlog.add(job);
        drain();
        return job.runId;
    }

    /** Starts a drainer unless one is at work; it runs the queued jobs until none is left. */
    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        executor.submit(() -> {
            try {
                Job job;
                while ((job = backlog.poll()) != null) {
                    try {
                        run(job);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Background evaluation " + job.runId + " failed", e);
                    }
                }
            } finally {
                draining.set(false);
            }
            // A job queued between the last poll and the release above would otherwise wait for the next one.
            if (!backlog.isEmpty()) {
                drain();
            }
        });
    }

    /**
     * Takes the first {@code students} of a district of at least a quarter as many through load, decide and store,
     * the store rolled back ({@link EvaluationRepository#rehearse}): the JIT compiles the path before the first real
     * run needs it ({@link EvaluationWarmUp}). Stops when a real run starts; answers how many students were decided.
     */
    public int warmUp(int students) {
        List<Long> ids = facts.activeStudentIds();
        if (ids.size() < students / 4) {
            return 0;
        }
        DecisionRules rules = live.rules();
        LocalDate today = LocalDate.now();
        int decided = 0;
        for (List<Long> chunk : StudentChunks.of(ids.subList(0, Math.min(ids.size(), students)))) {
            if (!running.isEmpty()) {
                break; // a real run warms the same code, and needs the core
            }
            List<StudentDecisions> decisions = rules.decide(today, facts.load(chunk, today));
            for (int from = 0; from < decisions.size(); from += REHEARSAL) {
                runs.rehearse(
                        today, decisions.subList(from, Math.min(decisions.size(), from + REHEARSAL)), rules.flags());
            }
            decided += decisions.size();
        }
        return decided;
    }

    /** Students evaluated so far and in all, while a run is under way. */
    public Optional<RunProgress> progress(long runId) {
        Job job = running.get(runId);
        return job == null ? Optional.empty() : Optional.of(new RunProgress(job.evaluated.get(), job.total));
    }

    private Job begin(List<Long> ids, LocalDate asOf, String startedBy, String scope) {
        DecisionRules rules = live.rules();
        long runId = runs.start(asOf, rules.version(), startedBy, scope);
        Job job = new Job(runId, asOf, rules, ids);
        running.put(runId, job);
        return job;
    }

    /** Workers (one per core, this thread being one) take chunks until none is left. */
    private EvaluationRun run(Job job) {
        long started = System.nanoTime(); // a queued run's time starts when it does, not when it was queued
        try {
            int workers = StudentChunks.workers(job.chunks.size());
            List<Future<?>> helpers = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                helpers.add(executor.submit(job::work));
            }
            job.work();
            for (Future<?> f : helpers) {
                f.get();
            }
            return runs.finish(job.runId, job.evaluated.get(), (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The evaluation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            running.remove(job.runId);
        }
    }

    /** One run under way: its chunks, and how many students are done. */
    private final class Job {
        final long runId;
        final LocalDate asOf;
        final DecisionRules rules;
        final int total;
        final ConcurrentLinkedQueue<List<Long>> chunks;
        final AtomicInteger evaluated = new AtomicInteger();

        Job(long runId, LocalDate asOf, DecisionRules rules, List<Long> ids) {
            this.runId = runId;
            this.asOf = asOf;
            this.rules = rules;
            this.total = ids.size();
            this.chunks = new ConcurrentLinkedQueue<>(StudentChunks.of(ids));
        }

        void work() {
            List<Long> chunk;
            while ((chunk = chunks.poll()) != null) {
                evaluated.addAndGet(evaluateChunk(runId, chunk, asOf, rules));
            }
        }
    }

    private int evaluateChunk(long runId, List<Long> chunk, LocalDate asOf, DecisionRules rules) {
        List<StudentFacts> loaded = facts.load(chunk, asOf);
        try {
            runs.storeDecisions(runId, rules.decide(asOf, loaded), rules.flags());
            return loaded.size();
        } catch (RuntimeException chunkFailure) {
            LOG.log(Level.WARNING, "A chunk failed; evaluating its students one by one", chunkFailure);
            int done = 0;
            for (StudentFacts student : loaded) {
                try {
                    List<StudentDecisions> one = rules.decide(asOf, List.of(student));
                    runs.storeDecisions(runId, one, rules.flags());
                    done++;
                } catch (RuntimeException e) {
                    runs.storeFailure(runId, student.studentId(), e.getMessage());
                }
            }
            return done;
        }
    }
}
