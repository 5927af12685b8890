package com.tiered.importing.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One kind of import file, described rather than coded: its columns in the order a row is read (each with how its
 * cell is read and the table column it fills), the checks across columns placed where they run, and the table the
 * rows go to. The header must have the columns read by a required {@link CellRead}; the others are optional.
 */
final class FileKindSpec implements FileKind {
    private final String name;
    private final TableShape table;
    private final Set<String> writtenOnlyIfInFile;
    private final String studentColumn;
    private final boolean refersToStudent;
    private final List<Step> steps;

    private FileKindSpec(Builder b) {
        this.name = b.name;
        this.table = b.table;
        this.writtenOnlyIfInFile = Set.copyOf(b.writtenOnlyIfInFile);
        this.studentColumn = b.studentColumn;
        this.refersToStudent = b.refersToStudent;
        this.steps = List.copyOf(b.steps);
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> required() {
        return columns(true);
    }

    @Override
    public Set<String> optional() {
        return columns(false);
    }

    private Set<String> columns(boolean required) {
        return steps.stream()
                .filter(Column.class::isInstance)
                .map(Column.class::cast)
                .filter(c -> c.read().required() == required)
                .map(Column::header)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean refersToStudent() {
        return refersToStudent;
    }

    @Override
    public TableShape shape(CsvSource file) {
        List<String> values = table.valueColumns().stream()
                .filter(c -> !writtenOnlyIfInFile.contains(c) || file.hasColumn(c))
                .toList();
        return new TableShape(table.table(), table.scopeColumn(), table.keyColumns(), values);
    }

    @Override
    public ParsedRow parse(SourceRow row, Cells cells) {
        Values values = new Values();
        Map<String, Object> columns = new HashMap<>();
        for (Step step : steps) {
            step.apply(cells, values, columns);
        }
        return cells.errors().isEmpty() ? new ParsedRow(row.line(), values.text(studentColumn), columns) : null;
    }

    /** The values a row has read so far, by the file's column names, for the checks across columns. */
    static final class Values {
        private final Map<String, Object> byColumn = new HashMap<>();

        String text(String column) {
            return (String) byColumn.get(column);
        }

        LocalDate date(String column) {
            return (LocalDate) byColumn.get(column);
        }
    }

    /** A check across the columns read before it; it reports what is wrong to {@code cells}. */
    @FunctionalInterface
    interface RowCheck {
        void check(Values row, Cells cells);
    }

    private sealed interface Step permits Column, Check {
        void apply(Cells cells, Values values, Map<String, Object> columns);
    }

    /** Reads {@code header}; the value goes to the table column {@code target} unless that is null. */
    private record Column(String header, String target, CellRead read) implements Step {
        @Override
        public void apply(Cells cells, Values values, Map<String, Object> columns) {
            Object value = read.read(cells, header);
            values.byColumn.put(header, value);
            if (target != null) {
                columns.put(target, value);
            }
        }
    }

    private record Check(RowCheck check) implements Step {
        @Override
        public void apply(Cells cells, Values values, Map<String, Object> columns) {
            check.check(values, cells);
        }
    }

    static final class Builder {
        private final String name;
        private TableShape table;
        private final Set<String> writtenOnlyIfInFile = new HashSet<>();
        private String studentColumn;
        private boolean refersToStudent;
        private final List<Step> steps = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The table the rows are written to, with every value column a file of this kind may fill. */
        Builder writes(String table, String scopeColumn, List<String> keyColumns, List<String> valueColumns) {
            this.table = new TableShape(table, scopeColumn, keyColumns, valueColumns);
            return this;
        }

        /** A value column written only when the file has the column of that name; otherwise the stored value stays. */
        Builder writesOnlyIfInFile(String column) {
            writtenOnlyIfInFile.add(column);
            return this;
        }

        /** The student_sourced_id column: the row's student, resolved to the stored student's id when written. */
        Builder student() {
            steps.add(new Column(FileKinds.STUDENT, null, CellRead.text(64)));
            studentColumn = FileKinds.STUDENT;
            refersToStudent = true;
            return this;
        }

        /** The rows are the students themselves, named by {@code column} (read as one of the columns). */
        Builder rowsAreStudents(String column) {
            studentColumn = column;
            refersToStudent = false;
            return this;
        }

        /** A column stored under its own name. */
        Builder column(String header, CellRead read) {
            return column(header, header, read);
        }

        /** A column stored in the table column {@code target}. */
        Builder column(String header, String target, CellRead read) {
            steps.add(new Column(header, target, read));
            return this;
        }

        /** A check across the columns declared before it, run where it stands among them. */
        Builder check(RowCheck check) {
            steps.add(new Check(check));
            return this;
        }

        FileKindSpec build() {
            if (table == null || studentColumn == null) {
                throw new IllegalStateException(name + " needs a table and a student column");
            }
            return new FileKindSpec(this);
        }
    }
}
