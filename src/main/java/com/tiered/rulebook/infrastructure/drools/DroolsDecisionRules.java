package com.tiered.rulebook.infrastructure.drools;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleRunStopped;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.AsOf;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.evaluation.domain.fact.TextTooLong;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A compiled rule set. Each call decides a batch of students in one fresh session; the rules join facts on the
 * student's id, so students in one batch never see each other's data.
 */
final class DroolsDecisionRules implements DecisionRules {
    /** Far above what the default rules fire for a student (about 40); a rule set past it is looping. */
    static final int FIRING_LIMIT_PER_STUDENT = 2_000;

    private final String version;
    private final KieBase base;
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule[: ]+\"?([^\"\\]\\n]+)\"?[ \\]]");

    private final DecisionCollector collector = new DecisionCollector();
    private final FactTextBudget textBudget = new FactTextBudget();
    private final RuleWatchdog watchdog;
    private final RuleLocations locations;
    private final FlagTable flags;

    DroolsDecisionRules(String version, KieBase base, RuleWatchdog watchdog, RuleLocations locations, FlagTable flags) {
        this.version = version;
        this.base = base;
        this.watchdog = watchdog;
        this.locations = locations;
        this.flags = flags;
    }

    @Override
    public FlagTable flags() {
        return flags;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students, BooleanSupplier stop) {
        KieSession session = base.newKieSession();
        try (RuleWatchdog.Watch watch = watchdog.watch(session, stop)) {
            session.insert(new AsOf(asOf));
            for (StudentFacts student : students) {
                insert(session, student);
            }
            session.addEventListener(textBudget);
            int limit = FIRING_LIMIT_PER_STUDENT * Math.max(1, students.size());
            int fired = fire(session, limit);
            if (watch.halt() == RuleWatchdog.Halt.STOPPED) {
                throw stopped("the rules were stopped on request (cancelled)");
            }
            if (watch.halt() == RuleWatchdog.Halt.OUT_OF_TIME) {
                throw stopped("the rules ran past their time budget of "
                        + watchdog.budget().toSeconds()
                        + " s for " + students.size() + " student(s) and were stopped; a rule set that needs"
                        + " this long is matching far more than it should");
            }
            if (fired >= limit) {
                throw stopped("the rules fired " + fired + " times for " + students.size()
                        + " student(s) and were stopped: a rule re-activates itself without end");
            }
            return collector.collect(session, students);
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires the rules. Whatever goes wrong inside a rule — an exception, a stack overflow, running out of memory — is
     * a message naming the rule's file and line, never an error that reaches the caller's thread unexplained.
     */
    private int fire(KieSession session, int limit) {
        try {
            return session.fireAllRules(limit);
        } catch (RuleRunStopped e) {
            throw e;
        } catch (Throwable failure) {
            String rule = ruleOf(failure);
            RuleLocations.Location where = locations.of(rule);
            String text = (rule == null ? "a rule" : "the rule \"" + rule + "\"") + " failed while deciding: "
                    + describe(failure);
            throw new RuleRunStopped(
                    "The rules failed",
                    List.of(
                            where == null
                                    ? RuleMessage.error("(rule set)", 0, 0, text)
                                    : new RuleMessage("ERROR", where.file(), where.line(), 0, where.cell(), text)));
        }
    }

    private static RuleRunStopped stopped(String text) {
        return new RuleRunStopped("The rule set was stopped", List.of(RuleMessage.error("(rule set)", 0, 0, text)));
    }

    /** The rule a failure happened in, from the engine's exception or its message. */
    private static String ruleOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException c && c.getMatch() != null) {
                return c.getMatch().getRule().getName();
            }
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * The innermost cause's kind, without its message or a stack trace: a message can carry a student's data (a
     * rule can fail on purpose with a value in it), and a preview's reader may not see every student.
     */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof StackOverflowError) {
            return "it called itself too deeply (stack overflow)";
        }
        if (root instanceof OutOfMemoryError) {
            return "it needed more memory than the server has";
        }
        if (root instanceof TextTooLong) {
            return root.getMessage();
        }
        return root.getClass().getSimpleName();
    }

    /** Fires the rules with no student: only the lookup tables act, and the norms they insert are read back. */
    @Override
    public List<GrowthNorm> growthNorms() {
        KieSession session = base.newKieSession();
        try {
            session.insert(new AsOf(LocalDate.now()));
            fire(session, FIRING_LIMIT_PER_STUDENT);
            return session.getObjects(o -> o instanceof GrowthNorm).stream()
                    .map(GrowthNorm.class::cast)
                    .toList();
        } finally {
            session.dispose();
        }
    }

    private static void insert(KieSession session, StudentFacts student) {
        session.insert(student.student());
        student.screenings().forEach(session::insert);
        student.progress().forEach(session::insert);
        student.progressSeries().forEach(session::insert);
        student.goals().forEach(session::insert);
        student.plans().forEach(session::insert);
        student.referrals().forEach(session::insert);
    }
}
