package com.tiered.rulebook.infrastructure.drools;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of a compiled set is written (file and line; a decision table's rule at its row), so that a
 * failure while the rules run names the place to fix.
 */
final class RuleLocations {
    record Location(String file, int line, String cell) {}

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    private final Map<String, Location> byRule = new HashMap<>();

    void add(String file, String drl, GeneratedDrl table) {
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            int line = (int) drl.substring(0, m.start(1))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            if (table == null) {
                byRule.putIfAbsent(m.group(1), new Location(file, line, null));
            } else {
                String cell = table.cellAt(line);
                byRule.putIfAbsent(m.group(1), new Location(table.tableFile(), GeneratedDrl.rowOf(cell), cell));
            }
        }
    }

    Location of(String ruleName) {
        return ruleName == null ? null : byRule.get(ruleName);
    }
}
