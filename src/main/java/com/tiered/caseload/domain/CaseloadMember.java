package com.tiered.caseload.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One student on a specialist's caseload. */
@Entity
@Table(name = "caseload_member")
@IdClass(CaseloadMember.Key.class)
public class CaseloadMember {
    @Id
    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Id
    @Column(name = "student_id")
    private Long studentId;

    protected CaseloadMember() {}

    public CaseloadMember(long staffUserId, long studentId) {
        this.staffUserId = staffUserId;
        this.studentId = studentId;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public Long getStudentId() {
        return studentId;
    }

    /** The key: a specialist and a student. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long staffUserId;
        private Long studentId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(staffUserId, k.staffUserId)
                    && Objects.equals(studentId, k.studentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(staffUserId, studentId);
        }
    }
}
