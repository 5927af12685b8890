package com.tiered.importing.domain;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header and first rows of a vendor's file, read within the import limits, to map its columns on a page.
 *
 * @param header the column names as the file writes them (trimmed)
 */
public record VendorSample(List<String> header, List<Row> rows) implements Serializable {

    /**
     * One record: its line (the header is line 1), its cells by column name as the header writes it, and why its
     * form is broken (then the import rejects it whole), or null.
     */
    public record Row(long line, Map<String, String> cells, String problemColumn, String problem)
            implements Serializable {}

    public VendorSample {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The different non-empty values of a column in these rows, in the order they come. */
    public Set<String> distinct(String column) {
        Set<String> seen = new LinkedHashSet<>();
        for (Row row : rows) {
            String value = row.cells().get(column);
            if (value != null && !value.isBlank()) {
                seen.add(value.trim());
            }
        }
        return seen;
    }
}
