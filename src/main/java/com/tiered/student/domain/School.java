package com.tiered.student.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A school of the district, keyed by the student information system's sourcedId. */
@Entity
@Table(name = "school")
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sourced_id", nullable = false, unique = true)
    private String sourcedId;

    @Column(nullable = false)
    private String name;

    protected School() {}

    public School(String sourcedId, String name) {
        this.sourcedId = requireText("sourcedId", sourcedId);
        this.name = requireText("name", name);
    }

    static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getSourcedId() {
        return sourcedId;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = requireText("name", newName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School other && Objects.equals(sourcedId, other.sourcedId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourcedId);
    }
}
