package com.tiered.importing.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date formats a mapping profile may read a vendor's dates in: a short allowlist, because a free pattern would
 * read {@code 03/04/2026} as March or April by the whim of whoever typed it.
 */
public enum DatePattern {
    ISO("YYYY-MM-DD", "(\\d{4})-(\\d{2})-(\\d{2})", 1, 2, 3),
    US("MM/DD/YYYY", "(\\d{2})/(\\d{2})/(\\d{4})", 3, 1, 2),
    US_SHORT("M/D/YYYY", "(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 1, 2),
    DOTTED("DD.MM.YYYY", "(\\d{2})\\.(\\d{2})\\.(\\d{4})", 3, 2, 1);

    private final String label;
    private final Pattern pattern;
    private final int year;
    private final int month;
    private final int day;

    DatePattern(String label, String regex, int year, int month, int day) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** How people write it: {@code MM/DD/YYYY}. */
    public String label() {
        return label;
    }

    public static Optional<DatePattern> ofLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    /** The labels, in the order the page offers them. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(DatePattern::label).toList());
    }

    /** The date the text names in this format; empty when it is not in the format or not a real date. */
    public Optional<LocalDate> parse(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
