package com.tiered.evaluation.infrastructure.drools;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.AsOf;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule set. Each call decides a batch of students in one fresh session; the rules join facts on the
 * student's id, so students in one batch never see each other's data.
 */
final class DroolsDecisionRules implements DecisionRules {
    /** Far above what the default rules fire for a student (about 40); a rule set past it is looping. */
    static final int FIRING_LIMIT_PER_STUDENT = 2_000;

    private final String version;
    private final KieBase base;
    private final DecisionCollector collector = new DecisionCollector();

    DroolsDecisionRules(String version, KieBase base) {
        this.version = version;
        this.base = base;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students, BooleanSupplier stop) {
        KieSession session = base.newKieSession();
        try {
            session.insert(new AsOf(asOf));
            for (StudentFacts student : students) {
                insert(session, student);
            }
            int limit = FIRING_LIMIT_PER_STUDENT * Math.max(1, students.size());
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RuleSetRejected(
                        "The rule set was stopped",
                        List.of(RuleMessage.error(
                                "(rule set)",
                                0,
                                0,
                                "the rules fired " + fired + " times for " + students.size()
                                        + " student(s) and were stopped: a rule re-activates itself without end")));
            }
            return collector.collect(session, students);
        } finally {
            session.dispose();
        }
    }

    /** Fires the rules with no student: only the lookup tables act, and the norms they insert are read back. */
    @Override
    public List<GrowthNorm> growthNorms() {
        KieSession session = base.newKieSession();
        try {
            session.insert(new AsOf(LocalDate.now()));
            session.fireAllRules(FIRING_LIMIT_PER_STUDENT);
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
