package com.tiered.caseload.domain;

import java.util.List;
import java.util.function.Consumer;

/** The caseload table's read side: students with their standing, a page at a time, and the choices of its filters. */
public interface CaseloadBoard {

    List<CaseloadEntry> page(CaseloadFilter filter, CaseloadSort sort, boolean ascending, int first, int size);

    long count(CaseloadFilter filter);

    /** Every matching student in table order, one at a time (for the CSV export). */
    void each(CaseloadFilter filter, CaseloadSort sort, Consumer<CaseloadEntry> sink);

    /** The schools within scope (null: all), as id and name, by name. */
    List<Choice> schools(java.util.Set<Long> scope);

    List<String> grades();

    /** The domains an evaluation run decided about, by name. */
    List<String> domains(long runId);

    /** The flag codes an evaluation run raised, by code. */
    List<String> flagCodes(long runId);

    /** A value a filter can take and how it reads. */
    record Choice(String value, String label) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }
}
