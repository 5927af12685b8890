package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.infrastructure.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Upserts one chunk of rows into its table on a connection the caller commits: one query finds the rows that
 * exist, then new rows are inserted and changed rows updated in batches; equal rows are left alone and counted as
 * unchanged, which is what makes importing the same file twice change nothing.
 */
final class ChunkWriter {
    static final int IN_LIST = Jdbc.IN_LIST;

    private static final Set<String> LONGS = Set.of("student_id", "school_id");
    private static final Set<String> DOUBLES = Set.of("score", "baseline_score", "goal_score");
    private static final Set<String> INTS = Set.of("percentile");
    private static final Set<String> BOOLS = Set.of("ell", "withdrawn");
    private static final Set<String> DATES = Set.of(
            "administered_on",
            "baseline_date",
            "goal_date",
            "start_date",
            "annual_review_date",
            "reevaluation_date",
            "consent_date",
            "evaluation_completed_on");

    /** What the chunk did, row by row. */
    record Outcome(List<ParsedRow> imported, List<ParsedRow> unchanged) {}

    Outcome upsert(Connection c, TableShape shape, List<ParsedRow> rows) throws SQLException {
        Map<String, Long> existingIds = new HashMap<>();
        Map<String, List<Object>> existingValues = new HashMap<>();
        loadExisting(c, shape, rows, existingIds, existingValues);
        List<ParsedRow> inserts = new ArrayList<>();
        List<ParsedRow> updates = new ArrayList<>();
        List<Long> updateIds = new ArrayList<>();
        List<ParsedRow> unchanged = new ArrayList<>();
        for (ParsedRow row : rows) {
            String key = key(shape.keyColumns(), row.values(shape.keyColumns()));
            Long id = existingIds.get(key);
            if (id == null) {
                inserts.add(row);
            } else if (sameValues(shape.valueColumns(), existingValues.get(key), row.values(shape.valueColumns()))) {
                unchanged.add(row);
            } else {
                updates.add(row);
                updateIds.add(id);
            }
        }
        insert(c, shape, inserts);
        update(c, shape, updates, updateIds);
        List<ParsedRow> imported = new ArrayList<>(inserts);
        imported.addAll(updates);
        return new Outcome(imported, unchanged);
    }

    private static void loadExisting(
            Connection c,
            TableShape shape,
            List<ParsedRow> rows,
            Map<String, Long> ids,
            Map<String, List<Object>> values)
            throws SQLException {
        Set<Object> scope = rows.stream()
                .map(r -> r.columns().get(shape.scopeColumn()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (scope.isEmpty()) {
            return;
        }
        for (List<Object> part : Jdbc.parts(new ArrayList<>(scope), IN_LIST)) {
            String sql = "select id, " + String.join(", ", shape.allColumns()) + " from " + shape.table() + " where "
                    + shape.scopeColumn() + " in (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Object value : part) {
                    bind(ps, i++, shape.scopeColumn(), value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Object> keyValues = new ArrayList<>();
                        for (String column : shape.keyColumns()) {
                            keyValues.add(read(rs, column));
                        }
                        List<Object> rowValues = new ArrayList<>();
                        for (String column : shape.valueColumns()) {
                            rowValues.add(read(rs, column));
                        }
                        String key = key(shape.keyColumns(), keyValues);
                        ids.put(key, rs.getLong("id"));
                        values.put(key, rowValues);
                    }
                }
            }
        }
    }

    private static void insert(Connection c, TableShape shape, List<ParsedRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = shape.allColumns();
        String sql = "insert into " + shape.table() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ParsedRow row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(ps, i + 1, columns.get(i), row.columns().get(columns.get(i)));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void update(Connection c, TableShape shape, List<ParsedRow> rows, List<Long> ids)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = shape.valueColumns();
        String sql = "update " + shape.table() + " set "
                + columns.stream().map(col -> col + " = ?").collect(Collectors.joining(", ")) + " where id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int r = 0; r < rows.size(); r++) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(ps, i + 1, columns.get(i), rows.get(r).columns().get(columns.get(i)));
                }
                ps.setLong(columns.size() + 1, ids.get(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String key(List<String> columns, List<Object> values) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            key.append(normalise(columns.get(i), values.get(i))).append('\u0001');
        }
        return key.toString();
    }

    private static boolean sameValues(List<String> columns, List<Object> stored, List<Object> incoming) {
        for (int i = 0; i < columns.size(); i++) {
            if (!Objects.equals(normalise(columns.get(i), stored.get(i)), normalise(columns.get(i), incoming.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Object normalise(String column, Object value) {
        if (value == null) {
            return null;
        }
        if (LONGS.contains(column)) {
            return ((Number) value).longValue();
        }
        if (DOUBLES.contains(column)) {
            return ((Number) value).doubleValue();
        }
        if (INTS.contains(column)) {
            return ((Number) value).intValue();
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return value;
    }

    private static Object read(ResultSet rs, String column) throws SQLException {
        Object value;
        if (DATES.contains(column)) {
            Date d = rs.getDate(column);
            value = d == null ? null : d.toLocalDate();
        } else if (BOOLS.contains(column)) {
            value = rs.getBoolean(column);
        } else {
            value = rs.getObject(column);
        }
        return rs.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement ps, int index, String column, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(
                    index,
                    DATES.contains(column)
                            ? Types.DATE
                            : LONGS.contains(column)
                                    ? Types.BIGINT
                                    : DOUBLES.contains(column)
                                            ? Types.DOUBLE
                                            : INTS.contains(column)
                                                    ? Types.INTEGER
                                                    : BOOLS.contains(column) ? Types.BOOLEAN : Types.VARCHAR);
        } else if (value instanceof LocalDate d) {
            ps.setDate(index, Date.valueOf(d));
        } else if (LONGS.contains(column)) {
            ps.setLong(index, ((Number) value).longValue());
        } else if (DOUBLES.contains(column)) {
            ps.setDouble(index, ((Number) value).doubleValue());
        } else if (INTS.contains(column)) {
            ps.setInt(index, ((Number) value).intValue());
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else {
            ps.setString(index, value.toString());
        }
    }

    /** The error of a row the database would not take, so it is rejected alone. */
    static RowError storeFailure(ParsedRow row, SQLException e) {
        return new RowError(row.line(), "", "the row could not be stored: " + e.getMessage());
    }

    static void count(ImportReport report, Outcome outcome) {
        outcome.imported().forEach(r -> report.imported());
        outcome.unchanged().forEach(r -> report.unchanged());
    }
}
