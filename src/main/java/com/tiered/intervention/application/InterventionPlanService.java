package com.tiered.intervention.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.intervention.domain.CloseReason;
import com.tiered.intervention.domain.InterventionPlan;
import com.tiered.intervention.domain.InterventionPlans;
import com.tiered.intervention.domain.PlanEvent;
import com.tiered.intervention.domain.PlanTerms;
import com.tiered.student.application.StudentDirectory;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The plan workflow. Every call checks that the student is within the user's schools; changes also need a role that
 * works with plans (not a principal's), and the plan's version as the user saw it, so nobody overwrites a change they
 * have not seen.
 */
@RequestScoped
@Transactional
public class InterventionPlanService {
    @Inject
    private InterventionPlans plans;

    @Inject
    private StudentRepository students;

    @Inject
    private StudentDirectory directory;

    @Inject
    private StudentDecisionsQuery decisions;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    public List<PlanSummary> plansOf(String studentSourcedId) {
        directory.requireInScope(studentSourcedId);
        return plans.of(studentSourcedId).stream().map(PlanSummary::of).toList();
    }

    public boolean mayChange() {
        return staff.is(Role.SPECIALIST) || staff.is(Role.SPED_COORDINATOR) || staff.is(Role.ADMIN);
    }

    /** Turns the rules' latest recommendation for the domain into a draft plan given by the current user. */
    public long accept(String studentSourcedId, String domain) {
        Student student = changeable(studentSourcedId);
        PlanRecommendation r = decisions.latestFor(studentSourcedId).stream()
                .flatMap(e -> e.decisions().plans().stream())
                .filter(p -> p.domain().equals(domain))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No plan is recommended in " + domain));
        if (r.intervention() == null || r.progressMeasure() == null) {
            throw new IllegalArgumentException(
                    "The intervention library has no entry for this student in " + domain + "; write the plan instead");
        }
        PlanTerms terms = PlanTerms.builder()
                .domain(domain)
                .tier(r.tier())
                .intervention(r.intervention())
                .sessionsPerWeek(r.sessionsPerWeek())
                .minutesPerSession(r.minutesPerSession())
                .interventionist(
                        staff.user() == null ? staff.username() : staff.user().getDisplayName())
                .progressMeasure(r.progressMeasure())
                .monitoringIntervalDays(r.monitoringIntervalDays())
                .reviewOn(r.reviewOn())
                .accommodations(r.accommodations())
                .iepCoordinated(r.iepCoordinated())
                .build();
        InterventionPlan plan = new InterventionPlan(student, terms, r.rule(), staff.username(), Instant.now());
        plans.store(plan);
        access.record(AccessAction.CHANGED_PLAN, studentSourcedId, "Accepted the recommended " + domain + " plan");
        return plan.getId();
    }

    public long write(String studentSourcedId, PlanTerms terms) {
        Student student = changeable(studentSourcedId);
        InterventionPlan plan = new InterventionPlan(student, terms, null, staff.username(), Instant.now());
        plans.store(plan);
        access.record(AccessAction.CHANGED_PLAN, studentSourcedId, "Wrote a " + terms.domain() + " plan");
        return plan.getId();
    }

    public void revise(long planId, int seenVersion, PlanTerms terms) {
        InterventionPlan plan = changeablePlan(planId, seenVersion);
        plan.revise(terms, staff.username(), Instant.now());
        logged(plan, "Revised plan " + planId);
    }

    public void activate(long planId, int seenVersion, LocalDate on) {
        InterventionPlan plan = changeablePlan(planId, seenVersion);
        plan.activate(on, staff.username(), Instant.now());
        logged(plan, "Started plan " + planId);
    }

    public void close(long planId, int seenVersion, CloseReason reason, String note) {
        InterventionPlan plan = changeablePlan(planId, seenVersion);
        plan.close(reason, note, LocalDate.now(), staff.username(), Instant.now());
        logged(plan, "Closed plan " + planId + ": " + reason.getLabel());
    }

    private void logged(InterventionPlan plan, String what) {
        access.record(AccessAction.CHANGED_PLAN, plan.getStudent().getSourcedId(), what);
    }

    private Student changeable(String studentSourcedId) {
        if (!mayChange()) {
            throw new NotAllowed("Your role may read plans but not change them");
        }
        directory.requireInScope(studentSourcedId);
        return students.find(studentSourcedId)
                .orElseThrow(() -> new NoSuchElementException("No student " + studentSourcedId));
    }

    private InterventionPlan changeablePlan(long planId, int seenVersion) {
        InterventionPlan plan = plans.find(planId).orElseThrow(() -> new NoSuchElementException("No plan " + planId));
        changeable(plan.getStudent().getSourcedId());
        if (plan.getVersion() != seenVersion) {
            List<PlanEvent> history = plan.getHistory();
            throw new PlanChangedMeanwhile(history.get(history.size() - 1).getUsername());
        }
        return plan;
    }
}
