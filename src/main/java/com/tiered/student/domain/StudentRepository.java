package com.tiered.student.domain;

import java.util.Optional;

/** The students of the district. */
public interface StudentRepository {

    Optional<Student> find(String sourcedId);
}
