package com.tiered.evaluation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two text columns of a student's standing, the contract between the evaluation that writes them and the pages
 * that read them: the tiers held, {@code READING:3@2026-02-16;MATH:2@2025-10-01} (domain, tier, the date the tier
 * began), and the flags, {@code READING:PM_OVERDUE;-:REFER_FOR_EVALUATION} (domain, or {@link
 * StudentDecisions#STUDENT_LEVEL} for the student as a whole, and code); and the domains in which the student is at
 * Tier 2 or 3 without a single progress point, {@code READING;MATH} ("unmonitored").
 *
 * <p>Encoding keeps whole entries only: an entry that would pass the column's width, or that could not be read back (a
 * {@code ;} in it, a {@code :} in its domain), is left out (the decisions themselves are stored whole). Decoding passes over an entry it cannot read,
 * so a damaged row costs a badge, never the page.
 */
public final class StudentStanding {
    private static final String ENTRIES = ";";
    private static final char PART = ':';
    private static final char SINCE = '@';

    private StudentStanding() {}

    /** A tier held in a domain since a date ({@code null} when the text does not say). */
    public record HeldTier(String domain, int tier, LocalDate since) {
        public HeldTier {
            Objects.requireNonNull(domain, "domain");
        }
    }

    /** A flag in a domain, or ({@code domain} null) about the student as a whole. */
    public record Flag(String domain, String code) {
        public Flag {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The tiers as the standing stores them, at most {@code width} characters. */
    public static String encodeTiers(List<HeldTier> tiers, int width) {
        List<String> entries = new ArrayList<>();
        for (HeldTier held : tiers) {
            if (readable(held.domain(), true) && held.since() != null) {
                entries.add(held.domain() + PART + held.tier() + SINCE + held.since());
            }
        }
        return joined(entries, width);
    }

    /** The flags as the standing stores them, at most {@code width} characters. */
    public static String encodeFlags(List<Flag> flags, int width) {
        List<String> entries = new ArrayList<>();
        for (Flag flag : flags) {
            String domain = flag.domain() == null ? StudentDecisions.STUDENT_LEVEL : flag.domain();
            if (readable(domain, true) && readable(flag.code(), true)) {
                entries.add(domain + PART + flag.code());
            }
        }
        return joined(entries, width);
    }

    /**
     * Domains as the standing stores them ({@code READING;MATH}), at most {@code width} characters: the domains at
     * Tier 2 or 3 without a progress point.
     */
    public static String encodeDomains(List<String> domains, int width) {
        return joined(domains.stream().filter(d -> readable(d, true)).toList(), width);
    }

    /** The tiers a standing's text holds, in its order; an entry that cannot be read is passed over. */
    public static List<HeldTier> decodeTiers(String text) {
        List<HeldTier> tiers = new ArrayList<>();
        for (String[] pair : pairs(text)) {
            int at = pair[1].indexOf(SINCE);
            try {
                int tier = Integer.parseInt(at < 0 ? pair[1] : pair[1].substring(0, at));
                LocalDate since = at < 0 ? null : LocalDate.parse(pair[1].substring(at + 1));
                tiers.add(new HeldTier(pair[0], tier, since));
            } catch (NumberFormatException | DateTimeParseException e) {
                // a damaged entry: the rest of the standing still reads
            }
        }
        return tiers;
    }

    /** The flags a standing's text holds, in its order; an entry that cannot be read is passed over. */
    public static List<Flag> decodeFlags(String text) {
        List<Flag> flags = new ArrayList<>();
        for (String[] pair : pairs(text)) {
            flags.add(new Flag(StudentDecisions.STUDENT_LEVEL.equals(pair[0]) ? null : pair[0], pair[1]));
        }
        return flags;
    }

    /** Each entry split at its first colon; entries with an empty domain or value are passed over. */
    private static List<String[]> pairs(String text) {
        List<String[]> pairs = new ArrayList<>();
        if (text == null) {
            return pairs;
        }
        for (String entry : text.split(ENTRIES)) {
            int colon = entry.indexOf(PART);
            if (colon > 0 && colon < entry.length() - 1) {
                pairs.add(new String[] {entry.substring(0, colon), entry.substring(colon + 1)});
            }
        }
        return pairs;
    }

    /**
     * Whether a part reads back as written, and is found exactly by the caseload's search of the text: no entry
     * separator, and (a domain, a flag's code) no colon either.
     */
    private static boolean readable(String part, boolean noColon) {
        return part != null && !part.isEmpty() && !part.contains(ENTRIES) && !(noColon && part.indexOf(PART) >= 0);
    }

    private static String joined(List<String> entries, int width) {
        StringBuilder text = new StringBuilder();
        for (String entry : entries) {
            int length = text.length() + (text.length() == 0 ? 0 : ENTRIES.length()) + entry.length();
            if (length > width) {
                break;
            }
            if (text.length() > 0) {
                text.append(ENTRIES);
            }
            text.append(entry);
        }
        return text.toString();
    }
}
