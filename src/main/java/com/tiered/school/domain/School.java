package com.tiered.school.domain;

import com.tiered.shared.domain.RequiredText;
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
        this.sourcedId = RequiredText.of("sourcedId", sourcedId);
        this.name = RequiredText.of("name", name);
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
        this.name = RequiredText.of("name", newName);
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
