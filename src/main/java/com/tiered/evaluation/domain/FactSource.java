package com.tiered.evaluation.domain;

import java.time.LocalDate;
import java.util.List;

/** Reads the rules' facts out of the stored data. Data dated after the as-of date is left out. */
public interface FactSource {

    /** The internal ids of the students to evaluate (active, not withdrawn), in order. */
    List<Long> activeStudentIds();

    /** The facts of the students with the given ids. */
    List<StudentFacts> load(List<Long> studentIds, LocalDate asOf);

    /** Internal ids of students by their sourcedIds; unknown and withdrawn ones are left out (never evaluated). */
    List<Long> idsOf(List<String> sourcedIds);

    /** "Family, Given" and the school of each given student (for listing them), by sourced id. */
    java.util.Map<String, StudentLabel> labels(java.util.Collection<String> sourcedIds);
}
