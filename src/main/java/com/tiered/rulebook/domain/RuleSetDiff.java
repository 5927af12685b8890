package com.tiered.rulebook.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two rule sets, file by file, in a form a specialist reads: for a table (decision table or
 * scenarios) the cells that changed, by row and column; for a DRL file the lines removed and added.
 */
public final class RuleSetDiff {
    private RuleSetDiff() {}

    /** One changed file; {@code status} is ADDED, REMOVED or CHANGED. */
    public record FileChange(String path, String status, List<CellChange> cells, List<LineChange> lines) {}

    /** A cell of a table: its row (1-based line of the file), its column (the label row's name) and both values. */
    public record CellChange(int row, String column, String before, String after) {}

    /** A line of DRL: '-' removed (at its line before) or '+' added (at its line after). */
    public record LineChange(char sign, int line, String text) {
        public boolean removed() {
            return sign == '-';
        }
    }

    public static List<FileChange> between(RuleSet before, RuleSet after) {
        Map<String, String> was = contents(before);
        Map<String, String> is = contents(after);
        TreeSet<String> paths = new TreeSet<>(was.keySet());
        paths.addAll(is.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            String a = was.get(path);
            String b = is.get(path);
            if (a == null) {
                changes.add(new FileChange(path, "ADDED", List.of(), lines(List.of(), split(b))));
            } else if (b == null) {
                changes.add(new FileChange(path, "REMOVED", List.of(), List.of()));
            } else if (!a.equals(b)) {
                boolean table = path.endsWith(".csv");
                changes.add(new FileChange(
                        path,
                        "CHANGED",
                        table ? cells(a, b) : List.of(),
                        table ? List.of() : lines(split(a), split(b))));
            }
        }
        return changes;
    }

    private static Map<String, String> contents(RuleSet set) {
        Map<String, String> map = new TreeMap<>();
        set.files().forEach(f -> map.put(f.path(), f.content()));
        return map;
    }

    private static List<String> split(String text) {
        return List.of(text.split("\\R", -1));
    }

    /** Cells compared row by row; the column is named from the row above the data (the labels) when there is one. */
    static List<CellChange> cells(String before, String after) {
        List<List<String>> a = Tables.parse(before);
        List<List<String>> b = Tables.parse(after);
        List<String> labels = Tables.labels(b.size() >= a.size() ? b : a);
        List<CellChange> cells = new ArrayList<>();
        for (int r = 0; r < Math.max(a.size(), b.size()); r++) {
            List<String> x = r < a.size() ? a.get(r) : List.of();
            List<String> y = r < b.size() ? b.get(r) : List.of();
            for (int c = 0; c < Math.max(x.size(), y.size()); c++) {
                String old = c < x.size() ? x.get(c) : "";
                String now = c < y.size() ? y.get(c) : "";
                if (!Objects.equals(old, now)) {
                    cells.add(new CellChange(
                            r + 1,
                            c < labels.size() && !labels.get(c).isBlank() ? labels.get(c) : "column " + (c + 1),
                            old,
                            now));
                }
            }
        }
        return cells;
    }

    /** A line diff by longest common subsequence; rule files are small. */
    static List<LineChange> lines(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<LineChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                changes.add(new LineChange('-', i + 1, a.get(i)));
                i++;
            } else {
                changes.add(new LineChange('+', j + 1, b.get(j)));
                j++;
            }
        }
        return changes;
    }

    /** Reading the CSV tables of a rule set. */
    public static final class Tables {
        private Tables() {}

        public static List<List<String>> parse(String csv) {
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new StringReader(csv))) {
                List<List<String>> rows = new ArrayList<>();
                parser.forEach(r -> rows.add(r.toList()));
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The label row: for a decision table the row before the first data row, for scenarios the first row. */
        public static List<String> labels(List<List<String>> rows) {
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).isEmpty() && rows.get(r).get(0).startsWith("RuleTable") && r + 4 < rows.size()) {
                    return rows.get(r + 4);
                }
            }
            return rows.isEmpty() ? List.of() : rows.get(0);
        }

        /** The index of the first data row of a decision table (after its label row), or 1 for a scenario table. */
        public static int firstDataRow(List<List<String>> rows) {
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).isEmpty() && rows.get(r).get(0).startsWith("RuleTable")) {
                    return r + 5;
                }
            }
            return 1;
        }

        /** Writes rows as the rule files write them: a cell is quoted only when it holds a comma, quote or line break. */
        public static String write(List<List<String>> rows) {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c) == null ? "" : row.get(c);
                    if (c > 0) {
                        out.append(',');
                    }
                    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                    } else {
                        out.append(cell);
                    }
                }
                out.append('\n');
            }
            return out.toString();
        }
    }
}
