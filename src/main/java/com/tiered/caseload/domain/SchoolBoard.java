package com.tiered.caseload.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The numbers of a school's overview, counted from the students' standings. */
public interface SchoolBoard {

    /** The school's overview as of {@code today} (for overdue reviews and time in tier); empty for no such school. */
    Optional<SchoolOverview> overview(long schoolId, LocalDate today);
}
