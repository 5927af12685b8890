package com.tiered.importing.infrastructure;

import java.util.Set;

/** What one kind of import file holds, how a row is checked, and where it is written. */
interface FileKind {

    String name();

    Set<String> required();

    Set<String> optional();

    /** Where the rows go; it may depend on which optional columns the file has. */
    TableShape shape(CsvSource file);

    /** The row's values, or null when {@code cells} collected errors. */
    ParsedRow parse(SourceRow row, Cells cells);

    /** Rows name a student by student_sourced_id, to be resolved to the stored student. */
    default boolean refersToStudent() {
        return true;
    }

    /** How the error report names a column: as the file's own header does (a mapped vendor file names its own). */
    default String columnLabel(String column) {
        return column;
    }

    default Set<String> known() {
        java.util.Set<String> all = new java.util.HashSet<>(required());
        all.addAll(optional());
        return all;
    }
}
