package com.tiered.student.domain;

import java.util.Set;

/**
 * Which students a list shows: those of the given schools (all when {@code schoolIds} is null), whose family or
 * given name starts with {@code name} (any when blank), on a specialist's caseload when {@code caseloadOf} is set.
 */
public record StudentFilter(Set<Long> schoolIds, String name, Long caseloadOf) {
}
