package com.tiered.importing.infrastructure;

import java.util.List;

/**
 * The table an import writes and how: the key columns an upsert matches on, and the value columns it writes.
 * {@code scopeColumn} is the key column the existing rows of a chunk are looked up by, in one query.
 */
record TableShape(String table, String scopeColumn, List<String> keyColumns, List<String> valueColumns) {

    List<String> allColumns() {
        return java.util.stream.Stream.concat(keyColumns.stream(), valueColumns.stream())
                .toList();
    }
}
