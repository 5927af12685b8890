package com.tiered.student.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.school.domain.School;
import com.tiered.shared.application.Wiring;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Two schools with a student each, for the scope checks of unit tests: Maple (id 10) with {@code maple-1} and Oak
 * (id 20) with {@code oak-1}.
 */
public final class DistrictInMemory implements StudentRepository {
    public static final long MAPLE_ID = 10;
    public static final long OAK_ID = 20;

    public final School maple = Wiring.withId(new School("sch-maple", "Maple Elementary"), MAPLE_ID);
    public final School oak = Wiring.withId(new School("sch-oak", "Oak Middle"), OAK_ID);
    private final Map<String, Student> students = new LinkedHashMap<>();

    public DistrictInMemory() {
        add(new Student("maple-1", "Ada", "Lovelace", "03", maple, false));
        add(new Student("oak-1", "Alan", "Turing", "07", oak, false));
    }

    public Student add(Student student) {
        students.put(student.getSourcedId(), student);
        return student;
    }

    public Student student(String sourcedId) {
        return students.get(sourcedId);
    }

    /** The real directory of the user's request, over these students. */
    public StudentDirectory directoryFor(CurrentStaff staff, AccessRecorder access) {
        return Wiring.inject(new StudentDirectory(), this, staff, access);
    }

    @Override
    public Optional<Student> find(String sourcedId) {
        return Optional.ofNullable(students.get(sourcedId));
    }
}
