package com.tiered.evaluation.domain;

import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import java.util.List;

/** Everything the rules may read about one student. */
public record StudentFacts(Student student, List<Screening> screenings, List<ProgressPoint> progress,
        List<Goal> goals, List<SpecialEducationPlan> plans, List<Referral> referrals) {

    public StudentFacts {
        screenings = List.copyOf(screenings);
        progress = List.copyOf(progress);
        goals = List.copyOf(goals);
        plans = List.copyOf(plans);
        referrals = List.copyOf(referrals);
    }

    public String studentId() {
        return student.getId();
    }
}
