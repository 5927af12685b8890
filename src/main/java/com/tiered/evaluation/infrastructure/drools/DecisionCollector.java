package com.tiered.evaluation.infrastructure.drools;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.FinalTier;
import com.tiered.evaluation.domain.fact.Flag;
import com.tiered.evaluation.domain.fact.RecommendedPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Reads what the rules derived out of a session: final tiers, flags and plans, grouped by student. A domain is
 * reported when it has a tier or a flag; a flag raised twice for the same domain counts once.
 */
final class DecisionCollector {

    List<StudentDecisions> collect(KieSession session, List<StudentFacts> students) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (StudentFacts student : students) {
            drafts.put(student.studentId(), new Draft());
        }
        for (Object o : session.getObjects(new ClassObjectFilter(FinalTier.class))) {
            FinalTier tier = (FinalTier) o;
            drafts.get(tier.getStudentId()).domain(tier.getDomain()).tier = tier;
        }
        for (Object o : session.getObjects(new ClassObjectFilter(Flag.class))) {
            Flag flag = (Flag) o;
            Draft draft = drafts.get(flag.getStudentId());
            Map<String, FlagDecision> flags = flag.getDomain() == null ? draft.studentFlags
                    : draft.domain(flag.getDomain()).flags;
            flags.putIfAbsent(flag.getCode(), new FlagDecision(flag.getCode(), flag.getRule(), flag.getExplanation()));
        }
        for (Object o : session.getObjects(new ClassObjectFilter(RecommendedPlan.class))) {
            RecommendedPlan plan = (RecommendedPlan) o;
            drafts.get(plan.getStudentId()).plans.add(toRecommendation(plan));
        }
        List<StudentDecisions> decisions = new ArrayList<>(drafts.size());
        drafts.forEach((id, draft) -> decisions.add(draft.toDecisions(id)));
        return decisions;
    }

    private static PlanRecommendation toRecommendation(RecommendedPlan plan) {
        String explanation = plan.getExplanation();
        if (plan.getIntervention() != null) {
            explanation += "; intervention by \"" + plan.getInterventionRule() + "\"";
        }
        if (plan.getCoordinationNote() != null) {
            explanation += ". " + plan.getCoordinationNote();
        }
        return new PlanRecommendation(plan.getDomain(), plan.getTier(), plan.getIntervention(),
                plan.getInterventionDescription(), plan.getSessionsPerWeek(), plan.getMinutesPerSession(),
                plan.getProgressMeasure(), plan.getMonitoringIntervalDays(), plan.getReviewOn(),
                plan.getAccommodations(), plan.isIepCoordinated(), plan.getRule(), explanation);
    }

    private static final class Draft {
        final Map<String, DomainDraft> domains = new TreeMap<>();
        final Map<String, FlagDecision> studentFlags = new TreeMap<>();
        final List<PlanRecommendation> plans = new ArrayList<>();

        DomainDraft domain(String name) {
            return domains.computeIfAbsent(name, n -> new DomainDraft());
        }

        StudentDecisions toDecisions(String studentId) {
            List<DomainDecision> reported = new ArrayList<>();
            domains.forEach((name, d) -> {
                if (d.tier != null || !d.flags.isEmpty()) {
                    reported.add(new DomainDecision(name, d.tier == null ? null : d.tier.getTier(),
                            d.tier == null ? null : d.tier.getRule(), d.tier == null ? null : d.tier.getExplanation(),
                            new ArrayList<>(d.flags.values())));
                }
            });
            plans.sort(Comparator.comparing(PlanRecommendation::domain));
            return new StudentDecisions(studentId, reported, new ArrayList<>(studentFlags.values()), plans);
        }
    }

    private static final class DomainDraft {
        FinalTier tier;
        final Map<String, FlagDecision> flags = new TreeMap<>();
    }
}
