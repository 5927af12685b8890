package com.tiered.rulebook.application;

import com.tiered.rulebook.domain.RuleSetDiff.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decision table or scenario table split the way the draft editor shows it: the technical rows above the labels
 * (rule set, imports, notes, the code of each column) kept as the file has them, the label row, and the data rows,
 * each as wide as the labels at least so every column has a cell to type in.
 */
public record DraftTable(List<List<String>> technicalRows, List<String> labels, List<List<String>> rows)
        implements Serializable {

    public DraftTable {
        technicalRows = technicalRows.stream().map(DraftTable::copy).toList();
        labels = copy(labels);
        rows = rows.stream().map(DraftTable::copy).toList();
    }

    // Not List.copyOf: a cell may be null, which the writer takes as empty.
    private static List<String> copy(List<String> cells) {
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public static DraftTable parse(String csv) {
        List<List<String>> all = Tables.parse(csv);
        int first = Tables.firstDataRow(all);
        List<List<String>> technical = all.subList(0, Math.max(0, first - 1));
        List<String> labels = first >= 1 && first - 1 < all.size() ? all.get(first - 1) : List.of();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> values : all.subList(Math.min(first, all.size()), all.size())) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < Math.max(values.size(), labels.size()); c++) {
                row.add(c < values.size() ? values.get(c) : "");
            }
            rows.add(row);
        }
        return new DraftTable(technical, labels, rows);
    }

    /** The technical rows as text, for reading. */
    public String technicalText() {
        return Tables.write(technicalRows);
    }

    /** A new empty row, one cell per label. */
    public List<String> emptyRow() {
        return Collections.nCopies(labels.size(), "");
    }

    /** The file with these data rows under the same technical rows and labels; rows with only blank cells are left out. */
    public String write(List<List<String>> dataRows) {
        List<List<String>> all = new ArrayList<>(technicalRows);
        all.add(labels);
        for (List<String> values : dataRows) {
            if (values.stream().anyMatch(v -> !v.isBlank())) {
                all.add(values);
            }
        }
        return Tables.write(all);
    }
}
