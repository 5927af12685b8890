package com.tiered.rulebook.infrastructure.drools;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.kie.api.runtime.KieSession;

/**
 * Watches the sessions that are firing: a session past its time budget, or whose caller asked it to stop (a cancelled
 * preview), is halted. Drools checks for a halt between two firings, so a rule's own work must be bounded — which
 * the sandbox makes sure of (no loops, no recursion).
 */
final class RuleWatchdog {
    /** Why a watched session was halted. */
    enum Halt {
        NONE,
        STOPPED,
        OUT_OF_TIME
    }

    private static final long TICK_MILLIS = 20;

    private final Duration budget;
    private final ScheduledExecutorService ticks;

    RuleWatchdog(Duration budget) {
        this.budget = budget;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "tiered-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.ticks = executor;
    }

    Duration budget() {
        return budget;
    }

    /** Watches one session until the returned watch is closed. */
    Watch watch(KieSession session, BooleanSupplier stop) {
        return new Watch(session, stop, System.nanoTime() + budget.toNanos());
    }

    final class Watch implements AutoCloseable {
        private volatile Halt halt = Halt.NONE;
        private final ScheduledFuture<?> tick;

        private Watch(KieSession session, BooleanSupplier stop, long deadline) {
            this.tick = ticks.scheduleAtFixedRate(
                    () -> {
                        if (halt == Halt.NONE) {
                            if (stop.getAsBoolean()) {
                                halt = Halt.STOPPED;
                                session.halt();
                            } else if (System.nanoTime() > deadline) {
                                halt = Halt.OUT_OF_TIME;
                                session.halt();
                            }
                        }
                    },
                    TICK_MILLIS,
                    TICK_MILLIS,
                    TimeUnit.MILLISECONDS);
        }

        Halt halt() {
            return halt;
        }

        @Override
        public void close() {
            tick.cancel(false);
        }
    }
}
