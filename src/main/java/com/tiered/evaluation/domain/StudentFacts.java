package com.tiered.evaluation.domain;

import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.ProgressSeries;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the rules may read about one student. */
public record StudentFacts(
        Student student,
        List<Screening> screenings,
        List<ProgressPoint> progress,
        List<Goal> goals,
        List<SpecialEducationPlan> plans,
        List<Referral> referrals) {

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

    /** The progress points grouped by domain, one series per domain that has any. */
    public List<ProgressSeries> progressSeries() {
        Map<String, List<ProgressPoint>> byDomain = new TreeMap<>();
        for (ProgressPoint p : progress) {
            byDomain.computeIfAbsent(p.getDomain(), d -> new ArrayList<>()).add(p);
        }
        List<ProgressSeries> series = new ArrayList<>(byDomain.size());
        byDomain.forEach((domain, points) -> series.add(new ProgressSeries(student.getId(), domain, points)));
        return series;
    }
}
