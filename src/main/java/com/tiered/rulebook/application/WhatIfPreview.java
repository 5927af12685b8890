package com.tiered.rulebook.application;

import com.tiered.evaluation.application.StudentChunks;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.RuleRunStopped;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.rulebook.domain.DecisionChange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "What would change?": decides about every active student with the live rules and with a draft, as of a date (today
 * unless asked otherwise), and keeps the differences. Nothing is stored. It runs in the background in chunks, one
 * worker per core as a district evaluation does, so a district of 100k shows its progress; a cancel stops the rules
 * where they are, and a failure of any kind (an Error in a rule too) ends the preview with its message.
 */
@ApplicationScoped
public class WhatIfPreview {
    private static final Logger LOG = Logger.getLogger(WhatIfPreview.class.getName());
    private static final int KEPT = 5;

    @Inject
    private FactSource facts;

    @Inject
    private LiveRules live;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    public WhatIfPreview() {}

    /** Outside the container (tests). */
    WhatIfPreview(FactSource facts, LiveRules live, ExecutorService executor) {
        this.facts = facts;
        this.live = live;
        this.executor = executor;
    }

    /** A preview under way or done. */
    public static final class Job {
        private final long id;
        private final LocalDate asOf;
        private final int total;
        private final List<List<Long>> chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final AtomicInteger workersLeft = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        /** Each chunk's changes in its slot, so that the list reads in the district's order whichever worker ends first. */
        private final AtomicReferenceArray<List<DecisionChange>> changesByChunk;

        private volatile boolean cancelled;
        private volatile boolean finished;
        private volatile String failure;
        private volatile Map<String, StudentLabel> students = Map.of();
        private final java.util.Set<String> readers = ConcurrentHashMap.newKeySet();
        /** All changes in order, gathered once when the workers are done (the page reads them several times). */
        private volatile List<DecisionChange> gathered;

        Job(long id, LocalDate asOf, List<Long> all) {
            this.id = id;
            this.asOf = asOf;
            this.total = all.size();
            this.chunks = StudentChunks.of(all);
            this.changesByChunk = new AtomicReferenceArray<>(chunks.size());
        }

        public long id() {
            return id;
        }

        /** The date the facts are read as of. */
        public LocalDate asOf() {
            return asOf;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean cancelled() {
            return cancelled;
        }

        public boolean finished() {
            return finished;
        }

        public String failure() {
            return failure;
        }

        /** The changes of the chunks decided so far, in the district's order. */
        public List<DecisionChange> changes() {
            List<DecisionChange> done = gathered;
            return done != null ? done : gather();
        }

        private List<DecisionChange> gather() {
            List<DecisionChange> all = new ArrayList<>();
            for (int i = 0; i < changesByChunk.length(); i++) {
                List<DecisionChange> chunk = changesByChunk.get(i);
                if (chunk != null) {
                    all.addAll(chunk);
                }
            }
            return all;
        }

        /** True the first time this user reads the finished preview (each read of it is logged once). */
        public boolean firstReadBy(String username) {
            return readers.add(String.valueOf(username));
        }

        /** Name and school of each student with a change, once finished. */
        public Map<String, StudentLabel> students() {
            return students;
        }
    }

    /** Starts a preview of {@code draft} against the live rules, with the data as of {@code asOf}. */
    public Job start(DecisionRules draft, LocalDate asOf) {
        DecisionRules current = live.current().rules();
        Job job = new Job(ids.incrementAndGet(), asOf, facts.activeStudentIds());
        // A finished preview holds every change; keep the last few, not every one since start-up.
        jobs.values().removeIf(j -> j.finished && j.id <= job.id - KEPT);
        jobs.put(job.id, job);
        int workers = StudentChunks.workers(job.chunks.size());
        job.workersLeft.set(workers);
        for (int w = 0; w < workers; w++) {
            executor.submit(() -> work(job, current, draft));
        }
        return job;
    }

    /** One worker: takes chunks until none is left; the last worker to stop finishes the job. */
    private void work(Job job, DecisionRules current, DecisionRules draft) {
        try {
            int i;
            while (!job.cancelled && job.failure == null && (i = job.nextChunk.getAndIncrement()) < job.chunks.size()) {
                List<StudentFacts> loaded = facts.load(job.chunks.get(i), job.asOf);
                job.changesByChunk.set(i, compare(loaded, job, current, draft));
                job.done.addAndGet(job.chunks.get(i).size());
            }
        } catch (RuleRunStopped e) {
            if (!job.cancelled) {
                fail(job, e);
            }
        } catch (Throwable e) {
            fail(job, e);
        } finally {
            if (job.workersLeft.decrementAndGet() == 0) {
                finish(job);
            }
        }
    }

    /** Both rule sets decide the chunk; the rules stop at once when the preview is cancelled. */
    private static List<DecisionChange> compare(
            List<StudentFacts> students, Job job, DecisionRules current, DecisionRules draft) {
        Map<String, StudentDecisions> after = new HashMap<>();
        draft.decide(job.asOf, students, () -> job.cancelled).forEach(d -> after.put(d.studentId(), d));
        List<DecisionChange> changes = new ArrayList<>();
        for (StudentDecisions before : current.decide(job.asOf, students, () -> job.cancelled)) {
            StudentDecisions then = after.get(before.studentId());
            if (then != null) {
                changes.addAll(DecisionChange.between(before, then));
            }
        }
        return changes;
    }

    private void finish(Job job) {
        try {
            job.gathered = List.copyOf(job.gather());
            if (job.failure == null) {
                job.students = facts.labels(job.changes().stream()
                        .map(DecisionChange::studentId)
                        .distinct()
                        .toList());
            }
        } catch (Throwable e) {
            fail(job, e);
        } finally {
            job.finished = true;
        }
    }

    /** Records the first failure; an Error is kept as a message too, so that the preview still finishes. */
    private static void fail(Job job, Throwable e) {
        LOG.log(Level.WARNING, "What-if preview " + job.id + " failed", e);
        if (job.failure == null) {
            String message = e.getMessage();
            job.failure = e instanceof Error || message == null
                    ? e.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                    : message;
        }
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public void cancel(long id) {
        find(id).ifPresent(j -> j.cancelled = true);
    }

    /** Forgets a preview nobody will read again (a new one replaces it). */
    public void forget(long id) {
        jobs.remove(id);
    }
}
