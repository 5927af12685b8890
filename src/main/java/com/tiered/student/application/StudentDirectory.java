package com.tiered.student.application;

import com.tiered.assessment.domain.Goal;
import com.tiered.assessment.domain.ProgressPoint;
import com.tiered.assessment.domain.ScreeningResult;
import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.specialed.domain.Referral;
import com.tiered.specialed.domain.SpecialEducationPlan;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The student lists and records the pages show, as DTOs, limited to the schools the user works in. A request for a
 * student outside that scope is refused and logged, not quietly emptied.
 */
@RequestScoped
public class StudentDirectory {
    private static final Logger LOG = Logger.getLogger(StudentDirectory.class.getName());

    @Inject
    private StudentRepository students;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    /**
     * Refuses (and logs) a student outside the user's schools; an unknown student passes, to be answered 404.
     *
     * @throws NotInScope when the student is outside the user's scope
     */
    public void requireInScope(String sourcedId) {
        students.find(sourcedId).ifPresent(this::requireInScope);
    }

    private void requireInScope(Student s) {
        Set<Long> scope = staff.schoolScope();
        if (scope != null && !scope.contains(s.getSchool().getId())) {
            LOG.warning(staff.username() + " was refused student " + s.getSourcedId() + " outside their schools");
            access.record(AccessAction.REFUSED, s.getSourcedId(), "Outside the user's schools");
            throw new NotInScope(s.getSourcedId());
        }
    }

    /**
     * @throws NotInScope when the student is outside the user's scope
     */
    public Optional<StudentRecord> record(String sourcedId) {
        Optional<Student> found = students.find(sourcedId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Student s = found.get();
        requireInScope(s);
        return Optional.of(new StudentRecord(
                row(s),
                query(
                                "select r from ScreeningResult r where r.student = :s order by r.administeredOn desc",
                                ScreeningResult.class,
                                s)
                        .stream()
                        .map(r -> new StudentRecord.ScreeningLine(
                                r.getDomain(),
                                r.getMeasure(),
                                r.getWindow().name(),
                                r.getAdministeredOn(),
                                r.getScore(),
                                r.getPercentile()))
                        .toList(),
                query(
                                "select p from ProgressPoint p where p.student = :s order by p.domain, p.administeredOn",
                                ProgressPoint.class,
                                s)
                        .stream()
                        .map(p -> new StudentRecord.ProgressLine(
                                p.getDomain(), p.getMeasure(), p.getAdministeredOn(), p.getScore()))
                        .toList(),
                query("select g from Goal g where g.student = :s order by g.domain", Goal.class, s).stream()
                        .map(g -> new StudentRecord.GoalLine(
                                g.getDomain(),
                                g.getMeasure(),
                                g.getBaselineScore(),
                                g.getBaselineDate(),
                                g.getGoalScore(),
                                g.getGoalDate()))
                        .toList(),
                query(
                                "select p from SpecialEducationPlan p where p.student = :s order by p.kind",
                                SpecialEducationPlan.class,
                                s)
                        .stream()
                        .map(p -> new StudentRecord.PlanLine(
                                p.getKindCode(),
                                String.join(", ", p.getDomains()),
                                p.getStartDate(),
                                p.getAnnualReviewDate(),
                                p.getReevaluationDate(),
                                String.join("; ", p.getAccommodations())))
                        .toList(),
                query("select r from Referral r where r.student = :s order by r.consentDate", Referral.class, s)
                        .stream()
                        .map(r -> new StudentRecord.ReferralLine(
                                r.getDomain(), r.getConsentDate(), r.getEvaluationCompletedOn()))
                        .toList()));
    }

    private <T> List<T> query(String jpql, Class<T> type, Student s) {
        return em.createQuery(jpql, type).setParameter("s", s).getResultList();
    }

    private static StudentRow row(Student s) {
        return new StudentRow(
                s.getSourcedId(),
                s.getFamilyName() + ", " + s.getGivenName(),
                s.getGrade(),
                s.getSchool().getName(),
                s.isEll(),
                s.isWithdrawn());
    }
}
