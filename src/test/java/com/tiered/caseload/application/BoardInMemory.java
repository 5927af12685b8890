package com.tiered.caseload.application;

import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.student.application.DistrictInMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The read side of the caseload pages for unit tests: two schools, no rows; remembers what it was asked. */
final class BoardInMemory implements CaseloadBoard {
    final List<CaseloadFilter> filters = new ArrayList<>();

    @Override
    public List<CaseloadEntry> page(CaseloadFilter filter, CaseloadSort sort, boolean ascending, int first, int size) {
        filters.add(filter);
        return List.of();
    }

    @Override
    public long count(CaseloadFilter filter) {
        filters.add(filter);
        return 0;
    }

    @Override
    public void each(CaseloadFilter filter, CaseloadSort sort, Consumer<CaseloadEntry> sink) {
        filters.add(filter);
    }

    @Override
    public List<Choice> schools(Set<Long> scope) {
        return List.of(
                        new Choice(String.valueOf(DistrictInMemory.MAPLE_ID), "Maple Elementary"),
                        new Choice(String.valueOf(DistrictInMemory.OAK_ID), "Oak Middle"))
                .stream()
                .filter(c -> scope == null || scope.contains(Long.valueOf(c.value())))
                .toList();
    }

    @Override
    public List<String> grades() {
        return List.of("03", "07");
    }

    @Override
    public List<String> domains(long runId) {
        return List.of("READING");
    }

    @Override
    public List<String> flagCodes(long runId) {
        return List.of();
    }
}
