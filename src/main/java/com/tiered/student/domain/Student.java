package com.tiered.student.domain;

import com.tiered.school.domain.School;
import com.tiered.shared.domain.Grade;
import com.tiered.shared.domain.RequiredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A student of the district. A withdrawn student is kept, never erased: their history stays. */
@Entity
@Table(name = "student")
public class Student {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sourced_id", nullable = false, unique = true)
    private String sourcedId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(nullable = false)
    private String grade;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false)
    private boolean ell;

    @Column(nullable = false)
    private boolean withdrawn;

    protected Student() {}

    public Student(String sourcedId, String givenName, String familyName, String grade, School school, boolean ell) {
        this.sourcedId = RequiredText.of("sourcedId", sourcedId);
        this.givenName = RequiredText.of("given name", givenName);
        this.familyName = RequiredText.of("family name", familyName);
        if (!Grade.isOneRosterCode(grade)) {
            throw new IllegalArgumentException("grade '" + grade + "' is not KG, 01 to 12 or a OneRoster grade code");
        }
        this.grade = grade;
        this.school = Objects.requireNonNull(school, "school");
        this.ell = ell;
    }

    public Long getId() {
        return id;
    }

    public String getSourcedId() {
        return sourcedId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getGrade() {
        return grade;
    }

    public School getSchool() {
        return school;
    }

    public boolean isEll() {
        return ell;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void withdraw() {
        this.withdrawn = true;
    }
}
