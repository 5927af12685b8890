package com.tiered.assessment.application;

import com.tiered.assessment.domain.GoalAssistant;
import com.tiered.assessment.domain.GoalAssistant.Observation;
import com.tiered.assessment.domain.GoalProposal;
import com.tiered.assessment.domain.MeasureCode;
import com.tiered.assessment.domain.ProgressRecords;
import com.tiered.assessment.domain.ProgressRecords.NewPoint;
import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.student.application.StudentDirectory;
import com.tiered.student.application.StudentRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The weekly routine: progress points entered one at a time or for a group, and goals set with the assistant. Each
 * save checks every student against the user's scope first, stores all or nothing, and then re-evaluates the students
 * so their tiers and flags are current when the page shows them again.
 */
@RequestScoped
public class ProgressEntryService {
    @Inject
    private ProgressRecords records;

    @Inject
    private StudentDirectory directory;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    @Inject
    private EvaluationService evaluation;

    @Inject
    private RulesInUse live;

    public boolean mayEnter() {
        return staff.is(Role.SPECIALIST) || staff.is(Role.SPED_COORDINATOR) || staff.is(Role.ADMIN);
    }

    /** Stores the points and re-evaluates their students; answers how many students were re-evaluated. */
    public int enter(List<NewPoint> points) {
        requireMayEnter();
        LocalDate today = LocalDate.now();
        Set<String> students = new LinkedHashSet<>();
        for (NewPoint p : points) {
            if (p.on() == null || p.on().isAfter(today)) {
                throw new IllegalArgumentException(
                        "The date of a point for " + p.studentSourcedId() + " must be given and not in the future");
            }
            if (!(p.score() >= 0)) {
                throw new IllegalArgumentException("The score for " + p.studentSourcedId() + " must be 0 or more");
            }
            directory.requireInScope(p.studentSourcedId());
            students.add(p.studentSourcedId());
        }
        records.storePoints(points);
        for (NewPoint p : points) {
            access.record(
                    AccessAction.ENTERED_PROGRESS,
                    p.studentSourcedId(),
                    p.domain() + " " + p.measure() + " " + p.on() + ": " + p.score());
        }
        evaluation.evaluateStudents(List.copyOf(students), staff.username());
        return students.size();
    }

    /** The growth norm of the measure at the student's grade, from the live rule files. */
    public Optional<GrowthNorm> norm(String measure, String grade) {
        return live.rules().growthNorms().stream()
                .filter(n -> n.fits(measure, grade))
                .findFirst();
    }

    /**
     * Proposes a goal from the student's points of the measure: by the end-of-year benchmark (when {@code target} is
     * null, the norm's) or, when {@code byRate}, by a weekly gain of {@code target}.
     */
    public GoalProposal propose(
            String studentSourcedId,
            String domain,
            String typedMeasure,
            boolean byRate,
            Double target,
            LocalDate goalDate) {
        String measure = MeasureCode.of(typedMeasure);
        StudentRecord record = directory
                .record(studentSourcedId)
                .orElseThrow(() -> new NoSuchElementException("No student " + studentSourcedId));
        List<Observation> points = record.progress().stream()
                .filter(p -> p.domain().equals(domain) && p.measure().equals(measure))
                .map(p -> new Observation(p.administeredOn(), p.score()))
                .toList();
        Optional<GrowthNorm> norm = norm(measure, record.student().grade());
        Double typical = norm.map(GrowthNorm::getTypicalWeeklyGain).orElse(null);
        if (byRate) {
            if (target == null) {
                throw new IllegalArgumentException("Give the weekly gain to aim for");
            }
            return GoalAssistant.byRate(points, target, goalDate, typical);
        }
        double benchmark = target != null
                ? target
                : norm.map(GrowthNorm::getEndOfYearBenchmark)
                        .orElseThrow(() -> new IllegalArgumentException("The growth norms have no benchmark for "
                                + measure + " in grade " + record.student().grade() + "; type one in"));
        return GoalAssistant.byBenchmark(points, benchmark, goalDate, typical);
    }

    public void setGoal(String studentSourcedId, String domain, String typedMeasure, GoalProposal goal) {
        String measure = MeasureCode.of(typedMeasure);
        requireMayEnter();
        directory.requireInScope(studentSourcedId);
        records.storeGoal(studentSourcedId, domain, measure, goal);
        access.record(
                AccessAction.SET_GOAL,
                studentSourcedId,
                domain + " " + measure + ": " + goal.goalScore() + " by " + goal.goalDate());
        evaluation.evaluateStudents(List.of(studentSourcedId), staff.username());
    }

    private void requireMayEnter() {
        if (!mayEnter()) {
            throw new IllegalStateException("Your role may read progress but not enter it");
        }
    }
}
