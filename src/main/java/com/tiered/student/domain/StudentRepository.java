package com.tiered.student.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The students of the district. */
public interface StudentRepository {

    Optional<Student> find(String sourcedId);

    /** One page of the students the filter lets through, sorted by a column. */
    List<Student> page(StudentFilter filter, StudentSort sort, boolean ascending, int first, int size);

    long count(StudentFilter filter);
}
