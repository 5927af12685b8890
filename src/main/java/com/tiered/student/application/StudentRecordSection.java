package com.tiered.student.application;

import com.tiered.student.domain.Student;

/**
 * A part of a student's record kept by another context. Each implementation adds its lines, in the order the page
 * shows them; the directory has already checked the student is in the user's scope.
 */
public interface StudentRecordSection {

    void addTo(Student student, StudentRecord.Builder record);
}
