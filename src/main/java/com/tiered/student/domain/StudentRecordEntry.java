package com.tiered.student.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/** One entry of a student's record: a screening result, a progress point, a goal, a plan or a referral. */
@MappedSuperclass
public abstract class StudentRecordEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    protected StudentRecordEntry() {}

    protected StudentRecordEntry(Student student) {
        this.student = Objects.requireNonNull(student, "student");
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }
}
