package com.tiered.rulebook.infrastructure.drools;

import jakarta.annotation.Nullable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.decisiontable.parser.RuleSheetParserUtil;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * Decision tables whose columns each give one value of the fact a row inserts: under {@code ACTION} the fact's name
 * ({@code PercentileBand}), under it the value's name ({@code from}), as Drools' guided tables insert a fact. Drools'
 * spreadsheet tables have no such column: one cell can hand a value to another only through a variable it declares
 * ({@code int from = $param;}) and the other reads. So a table an author reads has no code, and the engine gets that
 * code here, written into the table's code row before Drools reads it; every other line stays as it was, so rows
 * and cells keep their numbers. A table in Drools' own form passes unchanged.
 */
public final class FactColumns {
    static final String FACT_PACKAGE = "com.tiered.evaluation.domain.fact";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<Class<?>, String> TYPES = Map.of(
            int.class, "int",
            long.class, "long",
            double.class, "double",
            boolean.class, "boolean",
            String.class, "String");

    /** A fact column that cannot be written as code: the cell and why. */
    public static final class Refused extends RuntimeException {
        private final int row;
        private final String cell;

        Refused(int rowIndex, int column, String reason) {
            super(reason);
            this.row = rowIndex + 1;
            this.cell = RuleSheetParserUtil.rc2name(rowIndex, column);
        }

        /** The table's row, counted from 1. */
        public int row() {
            return row;
        }

        /** The cell, as in "B9". */
        public String cell() {
            return cell;
        }
    }

    private FactColumns() {}

    /**
     * The table as Drools reads it: for each rule table with fact columns, its code row holds the code that declares
     * each column's value and, in the last fact column, inserts the fact.
     *
     * @throws Refused when a fact column names no fact or a value the fact cannot be made of, or a row leaves a
     *     value empty that the fact needs
     */
    public static String forDrools(String table) {
        String[] lines = table.split("\n", -1);
        CsvLineParser csv = new CsvLineParser();
        boolean changed = false;
        for (int r = 0; r + 3 < lines.length; r++) {
            if (csv.parse(stripCr(lines[r])).stream().anyMatch(FactColumns::startsRuleTable)) {
                List<String> keywords = csv.parse(stripCr(lines[r + 1]));
                List<String> objects = new ArrayList<>(csv.parse(stripCr(lines[r + 2])));
                List<String> code = new ArrayList<>(csv.parse(stripCr(lines[r + 3])));
                FactTable written = write(keywords, objects, code, r + 2);
                if (written != null) {
                    everyRowGivesItsValues(lines, r + 4, written);
                    lines[r + 2] = csvLine(objects) + cr(lines[r + 2]);
                    lines[r + 3] = csvLine(code) + cr(lines[r + 3]);
                    changed = true;
                }
            }
        }
        return changed ? String.join("\n", lines) : table;
    }

    /** The columns of a rule table that give a fact's values, and those a row may leave empty. */
    private record FactTable(String fact, List<Integer> columns, Set<Integer> optional) {}

    /** Writes the code of the fact columns into {@code code} and empties their object cells; null when none. */
    private static FactTable write(List<String> keywords, List<String> objects, List<String> code, int objectRow) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < keywords.size(); c++) {
            if (keywords.get(c).trim().equalsIgnoreCase("ACTION")
                    && NAME.matcher(cell(objects, c)).matches()
                    && NAME.matcher(cell(code, c)).matches()) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            return null;
        }
        String factName = cell(objects, columns.get(0));
        for (int c : columns) {
            if (!cell(objects, c).equals(factName)) {
                throw new Refused(
                        objectRow,
                        c,
                        "the columns of a table insert one fact: " + cell(objects, c) + " here, " + factName
                                + " in the first column");
            }
        }
        Class<?> fact = fact(factName, objectRow, columns.get(0));
        List<String> names = columns.stream().map(c -> cell(code, c)).toList();
        Constructor<?> constructor = constructor(fact, names, objectRow + 1, columns.get(0));
        Set<String> optional = new HashSet<>();
        for (Parameter p : constructor.getParameters()) {
            int c = columns.get(names.indexOf(p.getName()));
            if (!TYPES.containsKey(p.getType())) {
                throw new Refused(
                        objectRow + 1,
                        c,
                        "a table gives whole numbers, numbers, true or false and text; " + factName + "'s "
                                + p.getName() + " is a " + p.getType().getSimpleName());
            }
            if (p.isAnnotationPresent(Nullable.class) && !p.getType().isPrimitive()) {
                if (c == columns.get(0) || c == columns.get(columns.size() - 1)) {
                    throw new Refused(
                            objectRow + 1,
                            c,
                            factName + "'s " + p.getName() + " may be left empty, so it"
                                    + " cannot be the first or the last column of the fact: those cells hold its code");
                }
                optional.add(p.getName());
            }
        }
        String defaults = Arrays.stream(constructor.getParameters())
                .filter(p -> optional.contains(p.getName()))
                .map(p -> TYPES.get(p.getType()) + " " + p.getName() + " = null; ")
                .collect(Collectors.joining());
        String arguments = Arrays.stream(constructor.getParameters())
                .map(Parameter::getName)
                .collect(Collectors.joining(", "));
        for (int i = 0; i < columns.size(); i++) {
            int c = columns.get(i);
            Parameter p = parameter(constructor, names.get(i));
            String value = p.getType() == String.class ? "\"$param\"" : "$param";
            String statement = optional.contains(p.getName())
                    ? p.getName() + " = " + value + ";"
                    : TYPES.get(p.getType()) + " " + p.getName() + " = " + value + ";";
            if (i == 0) {
                statement = defaults + statement;
            }
            if (i == columns.size() - 1) {
                statement += " insert(new " + factName + "(" + arguments + "));";
            }
            set(code, c, statement);
            set(objects, c, "");
        }
        Set<Integer> optionalColumns = new HashSet<>();
        optional.forEach(name -> optionalColumns.add(columns.get(names.indexOf(name))));
        return new FactTable(factName, columns, optionalColumns);
    }

    /**
     * A row that leaves a value empty would insert no fact (its last cell holds the insert) or fail on a name it
     * never declared; it is refused at the cell instead, unless the fact allows that value to be missing.
     */
    private static void everyRowGivesItsValues(String[] lines, int labelRow, FactTable table) {
        CsvLineParser csv = new CsvLineParser();
        List<String> titles = labelRow < lines.length ? csv.parse(stripCr(lines[labelRow])) : List.of();
        for (int r = labelRow + 1; r < lines.length; r++) {
            List<String> cells = csv.parse(stripCr(lines[r]));
            if (cells.stream().allMatch(c -> c == null || c.isBlank())
                    || cells.stream().anyMatch(FactColumns::startsRuleTable)) {
                return;
            }
            for (int c : table.columns()) {
                if (!table.optional().contains(c) && cell(cells, c).isEmpty()) {
                    String title = cell(titles, c).isEmpty() ? "column " + (c + 1) : cell(titles, c);
                    throw new Refused(
                            r,
                            c,
                            title + " is empty; each row gives every value of its " + table.fact()
                                    + ", except a value the fact allows to be missing");
                }
            }
        }
    }

    private static Class<?> fact(String name, int row, int column) {
        try {
            Class<?> type = Class.forName(FACT_PACKAGE + "." + name, false, FactColumns.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isAnnotation()) {
                return type;
            }
        } catch (ClassNotFoundException e) {
            // refused below
        }
        throw new Refused(row, column, name + " is not a fact of the fact model");
    }

    private static Constructor<?> constructor(Class<?> fact, List<String> names, int row, int column) {
        if (new HashSet<>(names).size() != names.size()) {
            throw new Refused(row, column, "two columns give the same value of " + fact.getSimpleName() + ": " + names);
        }
        List<String> made = new ArrayList<>();
        for (Constructor<?> c : fact.getConstructors()) {
            List<String> parameters =
                    Arrays.stream(c.getParameters()).map(Parameter::getName).toList();
            if (new HashSet<>(parameters).equals(new HashSet<>(names))
                    && Arrays.stream(c.getParameters()).allMatch(Parameter::isNamePresent)) {
                return c;
            }
            made.add(String.join(", ", parameters));
        }
        throw new Refused(
                row,
                column,
                "the columns give " + String.join(", ", names) + ", but a " + fact.getSimpleName() + " is made of "
                        + String.join(" or of ", made));
    }

    private static Parameter parameter(Constructor<?> constructor, String name) {
        return Arrays.stream(constructor.getParameters())
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean startsRuleTable(String cell) {
        return cell.trim().toLowerCase(Locale.ROOT).startsWith("ruletable");
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? row.get(c).trim() : "";
    }

    private static void set(List<String> row, int c, String value) {
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }

    private static String csvLine(List<String> cells) {
        return cells.stream()
                .map(cell -> cell.isEmpty() ? "" : "\"" + cell.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String cr(String line) {
        return line.endsWith("\r") ? "\r" : "";
    }
}
