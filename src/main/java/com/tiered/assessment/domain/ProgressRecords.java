package com.tiered.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/** Progress points and goals that staff enter by hand, stored all or nothing. */
public interface ProgressRecords {

    /** Stores the points; a point for the same student, domain, measure and date replaces the score. */
    void storePoints(List<NewPoint> points);

    /** Sets the student's goal in the domain, replacing the one before. */
    void storeGoal(String studentSourcedId, String domain, String measure, GoalProposal goal);

    /** A point as entered. */
    /** A point to store; the measure is kept as its code, however it was typed. */
    record NewPoint(String studentSourcedId, String domain, String measure, LocalDate on, double score) {
        public NewPoint {
            measure = MeasureCode.of(measure);
        }
    }
}
