package com.tiered.importing.infrastructure;

import java.util.List;
import java.util.Map;

/** A row that passed its checks: its column values, and the student it is about (for re-evaluation). */
record ParsedRow(long line, String studentSourcedId, Map<String, Object> columns) {

    List<Object> values(List<String> names) {
        return names.stream().map(columns::get).toList();
    }
}
