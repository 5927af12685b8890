package com.tiered.rulebook.infrastructure.drools;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL that Drools generates from a decision table, with the way back from one of its lines to the table's cell:
 * each generated rule carries a comment "rule values at A10, header at A5".
 */
record GeneratedDrl(String tableFile, String drl, String table) {
    private static final Pattern CELL = Pattern.compile("rule values at ([A-Z]+)(\\d+)");

    String drlPath() {
        return tableFile + ".generated.drl";
    }

    /** The table cell ("A10") of the rule around a generated line, or null when the line is in the header. */
    String cellAt(int line) {
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = CELL.matcher(lines[i]);
            if (m.find()) {
                return m.group(1) + m.group(2);
            }
        }
        return null;
    }

    /**
     * The table row a generated line came from when it is no rule's (the table's header: RuleSet, Import, Functions,
     * ...): the first row that holds the line's text, else the first row.
     */
    int headerRowOf(int line) {
        String[] lines = drl.split("\n", -1);
        String text = line >= 1 && line <= lines.length ? lines[line - 1].trim() : "";
        String[] rows = table.split("\n", -1);
        for (int i = 0; i < rows.length && !text.isEmpty(); i++) {
            if (rows[i].contains(text)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The table row of a cell such as "A10", or 0. */
    static int rowOf(String cell) {
        return cell == null ? 0 : Integer.parseInt(cell.replaceAll("[A-Z]", ""));
    }
}
