package com.tiered.evaluation.domain;

/**
 * A message about a rule file: where (file, line, column; for a decision table the cell too) and what.
 * {@code line} and {@code column} are 0 when unknown.
 */
public record RuleMessage(String severity, String file, int line, int column, String cell, String text) {

    public static RuleMessage error(String file, int line, int column, String text) {
        return new RuleMessage("ERROR", file, line, column, null, text);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (cell != null) {
            where.append(" (cell ").append(cell).append(')');
        }
        return severity + " " + where + ": " + text;
    }
}
