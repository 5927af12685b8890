package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionChange;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "What would change?": decides about every active student with the live rules and with a draft, as of today, and
 * keeps the differences. Nothing is stored. It runs in the background a chunk at a time, so a district of 100k shows
 * its progress and can be cancelled between chunks.
 */
@ApplicationScoped
public class WhatIfPreview {
    private static final Logger LOG = Logger.getLogger(WhatIfPreview.class.getName());
    private static final int CHUNK = 500;
    private static final int KEPT = 5;

    @Inject
    private FactSource facts;
    @Inject
    private LiveRules live;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** A preview under way or done. */
    public static final class Job {
        private final long id;
        private final int total;
        private volatile int done;
        private volatile boolean cancelled;
        private volatile boolean finished;
        private volatile String failure;
        private final List<DecisionChange> changes = Collections.synchronizedList(new ArrayList<>());
        private volatile Map<String, String[]> students = Map.of();

        Job(long id, int total) {
            this.id = id;
            this.total = total;
        }

        public long id() {
            return id;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done;
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

        public List<DecisionChange> changes() {
            return List.copyOf(changes);
        }

        /** Name and school of each student with a change, once finished. */
        public Map<String, String[]> students() {
            return students;
        }
    }

    public Job start(DecisionRules draft) {
        DecisionRules current = live.current().rules();
        List<Long> all = facts.activeStudentIds();
        Job job = new Job(ids.incrementAndGet(), all.size());
        // A finished preview holds every change; keep the last few, not every one since start-up.
        jobs.values().removeIf(j -> j.finished && j.id <= job.id - KEPT);
        jobs.put(job.id, job);
        LocalDate today = LocalDate.now();
        executor.submit(() -> run(job, all, today, current, draft));
        return job;
    }

    private void run(Job job, List<Long> all, LocalDate today, DecisionRules current, DecisionRules draft) {
        try {
            for (int i = 0; i < all.size() && !job.cancelled; i += CHUNK) {
                List<StudentFacts> loaded = facts.load(all.subList(i, Math.min(all.size(), i + CHUNK)), today);
                Map<String, StudentDecisions> after = new HashMap<>();
                draft.decide(today, loaded).forEach(d -> after.put(d.studentId(), d));
                for (StudentDecisions before : current.decide(today, loaded)) {
                    StudentDecisions then = after.get(before.studentId());
                    if (then != null) {
                        job.changes.addAll(DecisionChange.between(before, then));
                    }
                }
                job.done = Math.min(all.size(), i + CHUNK);
            }
            job.students = facts.nameAndSchool(job.changes().stream().map(DecisionChange::studentId)
                    .distinct().toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "What-if preview " + job.id + " failed", e);
            job.failure = e.getMessage();
        } finally {
            job.finished = true;
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
