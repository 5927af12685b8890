package com.tiered.assessment.application;

import com.tiered.assessment.domain.Goal;
import com.tiered.assessment.domain.ProgressPoint;
import com.tiered.assessment.domain.ScreeningResult;
import com.tiered.student.application.StudentRecord;
import com.tiered.student.application.StudentRecordSection;
import com.tiered.student.domain.Student;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The student's screenings (newest first), progress points and goals, for the student record. */
@ApplicationScoped
public class AssessmentRecordSection implements StudentRecordSection {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public void addTo(Student s, StudentRecord.Builder record) {
        em.createQuery(
                        "select r from ScreeningResult r where r.student = :s order by r.administeredOn desc",
                        ScreeningResult.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(r -> record.screenings.add(new StudentRecord.ScreeningLine(
                        r.getDomain(),
                        r.getMeasure(),
                        r.getWindow().name(),
                        r.getAdministeredOn(),
                        r.getScore(),
                        r.getPercentile())));
        em.createQuery(
                        "select p from ProgressPoint p where p.student = :s order by p.domain, p.administeredOn",
                        ProgressPoint.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(p -> record.progress.add(new StudentRecord.ProgressLine(
                        p.getDomain(), p.getMeasure(), p.getAdministeredOn(), p.getScore())));
        em.createQuery("select g from Goal g where g.student = :s order by g.domain", Goal.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(g -> record.goals.add(new StudentRecord.GoalLine(
                        g.getDomain(),
                        g.getMeasure(),
                        g.getBaselineScore(),
                        g.getBaselineDate(),
                        g.getGoalScore(),
                        g.getGoalDate())));
    }
}
