package com.tiered.assessment.infrastructure;

import com.tiered.assessment.domain.Goal;
import com.tiered.assessment.domain.GoalProposal;
import com.tiered.assessment.domain.ProgressPoint;
import com.tiered.assessment.domain.ProgressRecords;
import com.tiered.student.domain.Student;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;

@ApplicationScoped
@Transactional
public class JpaProgressRecords implements ProgressRecords {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public void storePoints(List<NewPoint> points) {
        for (NewPoint p : points) {
            Student student = student(p.studentSourcedId());
            em.createQuery("delete from ProgressPoint p where p.student = :s and p.domain = :d and p.measure = :m"
                            + " and p.administeredOn = :on")
                    .setParameter("s", student)
                    .setParameter("d", p.domain())
                    .setParameter("m", p.measure())
                    .setParameter("on", p.on())
                    .executeUpdate();
            em.persist(new ProgressPoint(student, p.domain(), p.measure(), p.on(), p.score()));
        }
    }

    @Override
    public void storeGoal(String studentSourcedId, String domain, String measure, GoalProposal goal) {
        Student student = student(studentSourcedId);
        em.createQuery("delete from Goal g where g.student = :s and g.domain = :d")
                .setParameter("s", student)
                .setParameter("d", domain)
                .executeUpdate();
        em.flush();
        em.persist(new Goal(
                student,
                domain,
                measure,
                goal.baselineScore(),
                goal.baselineDate(),
                goal.goalScore(),
                goal.goalDate()));
    }

    private Student student(String sourcedId) {
        List<Student> found = em.createQuery("select s from Student s where s.sourcedId = :id", Student.class)
                .setParameter("id", sourcedId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NoSuchElementException("No student " + sourcedId);
        }
        return found.get(0);
    }
}
