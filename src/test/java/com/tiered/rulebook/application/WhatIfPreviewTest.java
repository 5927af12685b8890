package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.RuleRunStopped;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.rulebook.domain.RuleSetVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A preview reads the data as of its date, stops its rules at once on a cancel, and always finishes. */
class WhatIfPreviewTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Facts facts = new Facts(1200);
    private final LiveRules live = new LiveRules();
    private final WhatIfPreview previews = new WhatIfPreview(facts, live, executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theFactsAreReadAsOfThePreviewsDate() throws InterruptedException {
        live.use(version(), rules((asOf, stop) -> List.of()));
        LocalDate asOf = LocalDate.of(2026, 2, 1);
        WhatIfPreview.Job job = previews.start(rules((d, stop) -> List.of()), asOf);
        awaitFinished(job);
        assertEquals(asOf, job.asOf());
        assertEquals(List.of(asOf), facts.dates.stream().distinct().toList());
        assertNull(job.failure());
        assertEquals(1200, job.done());
    }

    @Test
    void anErrorInARuleEndsThePreviewWithItsMessageInsteadOfLeavingItUnfinished() throws InterruptedException {
        live.use(version(), rules((asOf, stop) -> List.of()));
        WhatIfPreview.Job job = previews.start(
                rules((asOf, stop) -> {
                    throw new StackOverflowError("a rule calls itself");
                }),
                LocalDate.now());
        awaitFinished(job);
        assertTrue(job.failure().contains("StackOverflowError"), job.failure());
        assertFalse(job.cancelled());
    }

    @Test
    void aCancelStopsTheRulesWhereTheyAreAndIsNotAFailure() throws InterruptedException {
        CountDownLatch deciding = new CountDownLatch(1);
        live.use(version(), rules((asOf, stop) -> List.of()));
        WhatIfPreview.Job job = previews.start(
                rules((asOf, stop) -> {
                    deciding.countDown();
                    // A draft that would run for ever: only the stop signal ends it.
                    while (!stop.getAsBoolean()) {
                        Thread.onSpinWait();
                    }
                    throw new RuleRunStopped("The rule set was stopped", List.of());
                }),
                LocalDate.now());
        assertTrue(deciding.await(10, TimeUnit.SECONDS));
        previews.cancel(job.id());
        awaitFinished(job);
        assertTrue(job.cancelled());
        assertNull(job.failure(), "a cancel is not a failure");
    }

    private static void awaitFinished(WhatIfPreview.Job job) throws InterruptedException {
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertTrue(job.finished(), "the preview finished");
    }

    private static RuleSetVersion version() {
        return new RuleSetVersion(1, "live", "system", Instant.now(), "live", true);
    }

    /** What a fake rule set decides. */
    private interface Decide {
        List<StudentDecisions> decide(LocalDate asOf, BooleanSupplier stop);
    }

    private static DecisionRules rules(Decide decide) {
        return new DecisionRules() {
            @Override
            public String version() {
                return "fake";
            }

            @Override
            public List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students, BooleanSupplier stop) {
                return decide.decide(asOf, stop);
            }

            @Override
            public List<GrowthNorm> growthNorms() {
                return List.of();
            }
        };
    }

    /** So many students, without facts; remembers the dates it was asked for. */
    private static final class Facts implements FactSource {
        private final int students;
        final List<LocalDate> dates = new CopyOnWriteArrayList<>();

        Facts(int students) {
            this.students = students;
        }

        @Override
        public List<Long> activeStudentIds() {
            return LongStream.rangeClosed(1, students).boxed().toList();
        }

        @Override
        public List<StudentFacts> load(List<Long> studentIds, LocalDate asOf) {
            dates.add(asOf);
            return List.of();
        }

        @Override
        public List<Long> idsOf(List<String> sourcedIds) {
            return List.of();
        }

        @Override
        public Map<String, com.tiered.evaluation.domain.StudentLabel> labels(Collection<String> sourcedIds) {
            return Map.of();
        }
    }
}
