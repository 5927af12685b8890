package com.tiered.student.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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

    @Inject
    @Any
    private Instance<StudentRecordSection> sections;

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
        StudentRecord.Builder record = new StudentRecord.Builder(row(s));
        sections.forEach(section -> section.addTo(s, record));
        return Optional.of(record.build());
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
