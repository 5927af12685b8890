package com.tiered.evaluation.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a rule set's {@code flags.csv} says about each flag code its rules raise: how the code reads on the pages, the
 * tone of its badge, whether it asks a specialist to act now (those students come first on a caseload) and where it
 * stands in the flag filter. The rule files decide the flags; this table only describes them, so a new flag is a
 * change of rule files and nothing else.
 *
 * <p>A code the table does not describe still shows: as itself, in the neutral tone, asking for nothing, after the
 * described ones. A rule set without {@code flags.csv} is described by the table that ships with Tiered (stored
 * versions and drafts older than the file were given it by migration V8; a zip may still leave it out).
 */
public final class FlagTable {
    public static final String PATH = "flags.csv";
    /** The most flags one table may describe; the shipped rules raise about two dozen. */
    public static final int MAX_FLAGS = 500;

    public static final int MAX_LABEL = 100;
    /** As long as a flag decision's code may be. */
    public static final int MAX_CODE = 64;

    /** The badge tones the pages know: what needs action, progress on track, and the rest. */
    public static final List<String> TONES = List.of("alert", "good", "info");

    public static final String NEUTRAL = "info";

    private static final List<String> COLUMNS = List.of("code", "label", "tone", "needs_attention", "order");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    // where the build puts the shipped rules/ on the class path (the rulebook's RuleSet.SHIPPED_FOLDER)
    private static final String SHIPPED_RESOURCE = "tiered-rules/" + PATH;

    /** One described flag. */
    public record Flag(String code, String label, String tone, boolean needsAttention, int order) {}

    public static final FlagTable EMPTY = new FlagTable(List.of());

    private final Map<String, Flag> byCode = new HashMap<>();

    private FlagTable(List<Flag> flags) {
        flags.forEach(f -> byCode.put(f.code(), f));
    }

    /** How the code reads: its label, or the code itself when the table does not describe it. */
    public String label(String code) {
        Flag flag = byCode.get(code);
        return flag == null ? code : flag.label();
    }

    /** The tone of its badge: alert, good or info (info when the table does not describe it). */
    public String tone(String code) {
        Flag flag = byCode.get(code);
        return flag == null ? NEUTRAL : flag.tone();
    }

    public boolean needsAttention(String code) {
        Flag flag = byCode.get(code);
        return flag != null && flag.needsAttention();
    }

    /** The codes in the table's order; codes it does not describe come last, by code. */
    public List<String> sorted(Collection<String> codes) {
        return codes.stream()
                .sorted(Comparator.comparing((String code) -> !byCode.containsKey(code))
                        .thenComparingInt(code ->
                                byCode.containsKey(code) ? byCode.get(code).order() : 0)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Every described flag, in the table's order. */
    public List<Flag> flags() {
        return byCode.values().stream()
                .sorted(Comparator.comparingInt(Flag::order).thenComparing(Flag::code))
                .toList();
    }

    /** The codes that ask a specialist to act now. */
    public Set<String> needingAttention() {
        return byCode.values().stream()
                .filter(Flag::needsAttention)
                .map(Flag::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The table that ships with Tiered (the project's rules/flags.csv). */
    public static FlagTable shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final FlagTable TABLE = load();

        private static FlagTable load() {
            try (InputStream in = FlagTable.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "The shipped flag table (" + SHIPPED_RESOURCE + ") is missing from the application");
                }
                List<RuleMessage> problems = new ArrayList<>();
                FlagTable table = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
                if (!problems.isEmpty()) {
                    throw new RuleSetRejected("The shipped flag table is broken", problems);
                }
                return table;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a flags table: a first row naming the columns {@code code,label,tone,needs_attention,order}, then one row
     * per flag; a row whose first cell starts with {@code #} is a note. Each row that cannot be used is reported at its
     * line and cell, naming the column and why.
     */
    public static FlagTable read(String content, List<RuleMessage> problems) {
        List<Flag> flags = new ArrayList<>();
        Map<String, Long> seenAt = new HashMap<>();
        try (CSVParser parser =
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(new StringReader(content))) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = columns(record, problems);
                    if (columns == null) {
                        return EMPTY;
                    }
                    continue;
                }
                if (record.get(0).trim().startsWith("#")) {
                    continue;
                }
                if (flags.size() == MAX_FLAGS) {
                    problems.add(problem(line, null, "the table describes more than " + MAX_FLAGS + " flags"));
                    break;
                }
                Flag flag = flag(record, columns, line, problems);
                if (flag == null) {
                    continue;
                }
                Long first = seenAt.putIfAbsent(flag.code(), line);
                if (first != null) {
                    problems.add(problem(
                            line,
                            at(columns, "code", line),
                            "code: " + flag.code() + " is described twice (first on line " + first + ")"));
                    continue;
                }
                flags.add(flag);
            }
            if (columns == null) {
                problems.add(problem(
                        1, null, "the table is empty; its first row names the columns " + String.join(",", COLUMNS)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(problem(0, null, "the table cannot be read as CSV: " + e.getMessage()));
        }
        return new FlagTable(flags);
    }

    /** The column of each name, from the first row; null (with a problem) when it is not the five names. */
    private static Map<String, Integer> columns(CSVRecord header, List<RuleMessage> problems) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header.toList().stream().map(String::trim).toList();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i), i);
        }
        if (names.size() != COLUMNS.size() || !columns.keySet().containsAll(COLUMNS)) {
            problems.add(problem(
                    1,
                    null,
                    "the first row must name the columns " + String.join(",", COLUMNS) + " (in any order), not "
                            + String.join(",", names)));
            return null;
        }
        return columns;
    }

    private static Flag flag(CSVRecord record, Map<String, Integer> columns, long line, List<RuleMessage> problems) {
        if (record.size() != columns.size()) {
            problems.add(problem(
                    line,
                    null,
                    "the row has " + record.size() + " cells, the first row names " + columns.size() + " columns"));
            return null;
        }
        int before = problems.size();
        String code = cell(record, columns, "code");
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problems.add(problem(
                    line,
                    at(columns, "code", line),
                    "code must be the flag's code as the rules raise"
                            + " it (a letter, then letters, digits and _; at most " + MAX_CODE + "), not '"
                            + shown(code)
                            + "'"));
        }
        String label = cell(record, columns, "label");
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            problems.add(problem(
                    line,
                    at(columns, "label", line),
                    "label must be the words a page shows for the" + " flag, 1 to " + MAX_LABEL + " characters"));
        }
        String tone = cell(record, columns, "tone");
        if (!TONES.contains(tone)) {
            problems.add(problem(
                    line,
                    at(columns, "tone", line),
                    "tone must be " + String.join(", ", TONES) + ", not '" + shown(tone) + "'"));
        }
        String attention = cell(record, columns, "needs_attention");
        if (!attention.equals("yes") && !attention.equals("no")) {
            problems.add(problem(
                    line,
                    at(columns, "needs_attention", line),
                    "needs_attention must be yes or no," + " not '" + shown(attention) + "'"));
        }
        String orderText = cell(record, columns, "order");
        int order = 0;
        try {
            order = Integer.parseInt(orderText);
        } catch (NumberFormatException e) {
            problems.add(problem(
                    line, at(columns, "order", line), "order must be a whole number, not '" + shown(orderText) + "'"));
        }
        return problems.size() > before ? null : new Flag(code, label, tone, attention.equals("yes"), order);
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        return index < record.size() ? record.get(index).trim() : "";
    }

    /** A cell's name as a spreadsheet shows it: the column's letter and the line. */
    private static String at(Map<String, Integer> columns, String name, long line) {
        return (char) ('A' + columns.get(name)) + Long.toString(line);
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static RuleMessage problem(long line, String cell, String text) {
        return new RuleMessage("ERROR", PATH, (int) line, 0, cell, text);
    }
}
