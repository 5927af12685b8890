package com.tiered.importing.infrastructure;

import java.util.Map;

/**
 * One record of a CSV file: the line it starts on (the header is line 1; a record that spans lines counts from its
 * first), its values by lower-case column name, and, when its form is broken, why (then it is rejected whole).
 */
record SourceRow(long line, Map<String, String> values, String problemColumn, String formProblem) {

    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.trim();
    }

    /** A record the reader could not make out (a broken quote): the rest of the file cannot be read either. */
    boolean unreadable() {
        return formProblem != null && values.isEmpty();
    }

    boolean has(String column) {
        return values.containsKey(column);
    }
}
