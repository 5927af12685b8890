package com.tiered.student.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The students of the district. */
public interface StudentRepository {

    Optional<Student> find(String sourcedId);

    /**
     * One page of the students of the given schools (all schools when {@code schoolIds} is null), sorted by a
     * column; {@code nameFilter} matches the start of the family or given name.
     */
    List<Student> page(Set<Long> schoolIds, String nameFilter, StudentSort sort, boolean ascending, int first,
            int size);

    long count(Set<Long> schoolIds, String nameFilter);
}
