package com.tiered.rulebook.infrastructure.drools;

import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentDecisionsDraft;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.FinalTier;
import com.tiered.evaluation.domain.fact.Flag;
import com.tiered.evaluation.domain.fact.RecommendedPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Reads what the rules derived out of a session: final tiers, flags and plans, grouped by student. A domain is
 * reported when it has a tier or a flag; a flag raised twice for the same domain counts once.
 */
final class DecisionCollector {

    List<StudentDecisions> collect(KieSession session, List<StudentFacts> students) {
        Map<String, StudentDecisionsDraft> drafts = new LinkedHashMap<>();
        for (StudentFacts student : students) {
            drafts.put(student.studentId(), new StudentDecisionsDraft(student.studentId()));
        }
        for (Object o : session.getObjects(new ClassObjectFilter(FinalTier.class))) {
            FinalTier tier = (FinalTier) o;
            drafts.get(tier.getStudentId())
                    .tier(tier.getDomain(), tier.getTier(), tier.getRule(), tier.getExplanation());
        }
        for (Object o : session.getObjects(new ClassObjectFilter(Flag.class))) {
            Flag flag = (Flag) o;
            drafts.get(flag.getStudentId())
                    .flag(flag.getDomain(), new FlagDecision(flag.getCode(), flag.getRule(), flag.getExplanation()));
        }
        for (Object o : session.getObjects(new ClassObjectFilter(RecommendedPlan.class))) {
            RecommendedPlan plan = (RecommendedPlan) o;
            drafts.get(plan.getStudentId()).plan(toRecommendation(plan));
        }
        List<StudentDecisions> decisions = new ArrayList<>(drafts.size());
        drafts.values().forEach(draft -> decisions.add(draft.build()));
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
        return new PlanRecommendation(
                plan.getDomain(),
                plan.getTier(),
                plan.getIntervention(),
                plan.getInterventionDescription(),
                plan.getSessionsPerWeek(),
                plan.getMinutesPerSession(),
                plan.getProgressMeasure(),
                plan.getMonitoringIntervalDays(),
                plan.getReviewOn(),
                plan.getAccommodations(),
                plan.isIepCoordinated(),
                plan.getRule(),
                explanation);
    }
}
