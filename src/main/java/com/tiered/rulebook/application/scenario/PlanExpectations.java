package com.tiered.rulebook.application.scenario;

import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.rulebook.application.scenario.ScenarioTableReader.BadRow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The expect_plans column: each plan as {@code domain=READING tier=2 dosage=3x30 monitor=14 review=2026-04-13
 * measure=ORF iep=no acc=Extended time+Breaks}, plans separated by "|", {@code none} for no plan. Rule sets stored
 * before this notation wrote a plan by position ({@code READING:2:3x30:14:2026-04-13:ORF:-:Breaks}); that form is still
 * read, so that their versions and drafts pass as they did (rules/README.md calls it deprecated). Both forms read to
 * one canonical text, which is also how the rules' plans are written, so expected and decided compare as text.
 */
final class PlanExpectations {
    static final String COLUMN = "expect_plans";
    static final String NONE = "none";
    private static final List<String> KEYS =
            List.of("domain", "tier", "dosage", "monitor", "review", "measure", "iep", "acc");
    /** Keys a plan may leave out: no IEP coordination, no accommodations. */
    private static final Map<String, String> DEFAULTS = Map.of("iep", "no", "acc", "");

    private static final Pattern KEY = Pattern.compile("(\\w+)=");
    private static final Pattern KEY_VALUE_FORM = Pattern.compile("^\\s*\\w+=");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern DOSAGE = Pattern.compile("(\\d{1,6})x(\\d{1,6})");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private PlanExpectations() {}

    /** The canonical text of a cell: its plans sorted, or "none". */
    static String read(String cell) {
        List<String> items = ScenarioTableReader.items(cell);
        if (items.size() == 1 && items.get(0).equals(NONE)) {
            return NONE;
        }
        return items.stream().map(PlanExpectations::plan).sorted().collect(Collectors.joining(" | "));
    }

    /** The rules' plans in the canonical text, or "none". */
    static String written(List<PlanRecommendation> plans) {
        if (plans.isEmpty()) {
            return NONE;
        }
        return plans.stream()
                .map(p -> canonical(
                        p.domain(),
                        p.tier(),
                        p.sessionsPerWeek(),
                        p.minutesPerSession(),
                        p.monitoringIntervalDays(),
                        p.reviewOn(),
                        p.progressMeasure(),
                        p.iepCoordinated(),
                        p.accommodations()))
                .sorted()
                .collect(Collectors.joining(" | "));
    }

    private static String canonical(
            String domain,
            int tier,
            int sessions,
            int minutes,
            int monitor,
            LocalDate review,
            String measure,
            boolean iep,
            List<String> accommodations) {
        List<String> acc = accommodations.stream()
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        return "domain=" + domain + " tier=" + tier + " dosage=" + sessions + "x" + minutes + " monitor=" + monitor
                + " review=" + review + " measure=" + (measure == null ? NONE : measure) + " iep="
                + (iep ? "yes" : "no") + (acc.isEmpty() ? "" : " acc=" + String.join("+", acc));
    }

    private static String plan(String item) {
        if (item.equals(NONE)) {
            throw bad("\"none\" stands alone; a cell lists plans or says none");
        }
        return KEY_VALUE_FORM.matcher(item).find() ? keyValues(item) : positional(item);
    }

    private static String keyValues(String item) {
        Map<String, String> given = new LinkedHashMap<>();
        Matcher m = KEY.matcher(item);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
        }
        if (!item.substring(0, marks.get(0)[0]).isBlank()) {
            throw bad("'" + item + "' must begin with a key, as in domain=READING");
        }
        for (int i = 0; i < marks.size(); i++) {
            String key = item.substring(marks.get(i)[0], marks.get(i)[1] - 1);
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : item.length();
            if (!KEYS.contains(key)) {
                throw bad("unknown key \"" + key + "\" in '" + item + "'; the keys are " + String.join(", ", KEYS));
            }
            if (given.put(key, item.substring(marks.get(i)[1], end).trim()) != null) {
                throw bad("key \"" + key + "\" is given twice in '" + item + "'");
            }
        }
        for (String key : KEYS) {
            if (!given.containsKey(key) && !DEFAULTS.containsKey(key)) {
                throw bad("'" + item + "' has no " + key + "=; a plan states " + String.join(", ", KEYS)
                        + " (iep and acc may be left out)");
            }
        }
        String iep = given.getOrDefault("iep", DEFAULTS.get("iep"));
        if (!iep.equals("yes") && !iep.equals("no")) {
            throw bad("key \"iep\" must be yes or no, not \"" + iep + "\"");
        }
        return plan(
                given.get("domain"),
                given.get("tier"),
                given.get("dosage"),
                given.get("monitor"),
                given.get("review"),
                given.get("measure"),
                iep.equals("yes"),
                given.getOrDefault("acc", DEFAULTS.get("acc")));
    }

    /** The deprecated form domain:tier:SxM:monitor:review:measure:iep-or-dash:accommodations. */
    private static String positional(String item) {
        String[] parts = item.split(":", 8);
        if (parts.length != 8) {
            throw bad("'" + item + "' must read domain=… tier=… dosage=… monitor=… review=… measure=… (iep=… acc=…)");
        }
        String iep = parts[6].trim();
        if (!iep.equals("iep") && !iep.equals("-")) {
            throw bad("'" + item + "': the seventh part must be iep or -, not \"" + iep + "\"");
        }
        String measure = parts[5].trim();
        return plan(
                parts[0].trim(),
                parts[1].trim(),
                parts[2].trim(),
                parts[3].trim(),
                parts[4].trim(),
                measure.equals("null") ? NONE : measure,
                iep.equals("iep"),
                parts[7]);
    }

    private static String plan(
            String domain,
            String tier,
            String dosage,
            String monitor,
            String review,
            String measure,
            boolean iep,
            String accommodations) {
        Matcher sessionsByMinutes = DOSAGE.matcher(dosage);
        if (!sessionsByMinutes.matches()) {
            throw bad("key \"dosage\" must be sessions x minutes a week, as in 3x30, not \"" + dosage + "\"");
        }
        return canonical(
                word("domain", domain),
                whole("tier", tier),
                Integer.parseInt(sessionsByMinutes.group(1)),
                Integer.parseInt(sessionsByMinutes.group(2)),
                whole("monitor", monitor),
                date("review", review),
                measure.equals(NONE) ? null : word("measure", measure),
                iep,
                Arrays.asList(accommodations.split("\\+")));
    }

    private static String word(String key, String value) {
        if (!WORD.matcher(value).matches()) {
            throw bad("key \"" + key + "\" must be one word, not \"" + value + "\"");
        }
        return value;
    }

    private static int whole(String key, String value) {
        if (!WHOLE.matcher(value).matches() || value.length() > 6) {
            throw bad("key \"" + key + "\" must be a whole number, not \"" + value + "\"");
        }
        return Integer.parseInt(value);
    }

    private static LocalDate date(String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("key \"" + key + "\" must be a date such as 2026-04-13, not \"" + value + "\"");
        }
    }

    private static BadRow bad(String reason) {
        return new BadRow("column " + COLUMN + ": " + reason);
    }
}
