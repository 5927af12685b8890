package com.tiered.importing.domain;

import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * How much one import may hold, so that no file — a zip bomb, a field of 300 MB — can run the server out of memory
 * or time. Each limit is a system property or, when that is not set, an environment variable ({@code -D} wins); a
 * size may end in {@code K}, {@code M} or {@code G} (KiB, MiB, GiB). A value that is not a positive number is
 * ignored with a warning in the log, and the default applies.
 *
 * @param maxUploadBytes the body of one upload (the API's request body, a file on the import page)
 * @param maxFieldChars one field of a CSV record
 * @param maxRecordChars one record of a CSV file, all its fields together
 * @param maxZipEntries the entries of a OneRoster zip, folders included
 * @param maxZipEntryBytes one entry of a OneRoster zip once inflated
 * @param maxZipTotalBytes all the entries of a OneRoster zip once inflated
 * @param maxZipRatio how many times its compressed size an entry may inflate to (checked past 1 MiB)
 */
public record ImportLimits(
        long maxUploadBytes,
        long maxFieldChars,
        long maxRecordChars,
        long maxZipEntries,
        long maxZipEntryBytes,
        long maxZipTotalBytes,
        long maxZipRatio) {
    private static final Logger LOG = Logger.getLogger(ImportLimits.class.getName());
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;
    private static final long GIB = 1024 * MIB;

    /** The settings, by environment variable and system property, with their defaults. */
    public enum Setting {
        UPLOAD("TIERED_IMPORT_MAX_BYTES", "tiered.import.maxBytes", 200 * MIB),
        FIELD("TIERED_IMPORT_MAX_FIELD_CHARS", "tiered.import.maxFieldChars", 64 * KIB),
        RECORD("TIERED_IMPORT_MAX_RECORD_CHARS", "tiered.import.maxRecordChars", MIB),
        ZIP_ENTRIES("TIERED_IMPORT_ZIP_MAX_ENTRIES", "tiered.import.zip.maxEntries", 100),
        ZIP_ENTRY("TIERED_IMPORT_ZIP_MAX_ENTRY_BYTES", "tiered.import.zip.maxEntryBytes", 256 * MIB),
        ZIP_TOTAL("TIERED_IMPORT_ZIP_MAX_TOTAL_BYTES", "tiered.import.zip.maxTotalBytes", GIB),
        ZIP_RATIO("TIERED_IMPORT_ZIP_MAX_RATIO", "tiered.import.zip.maxRatio", 100),
        /** Not a limit on the file: how many changed students an import decides before it answers. */
        INLINE_EVALUATION("TIERED_IMPORT_INLINE_EVALUATION_MAX", "tiered.import.inlineEvaluationMax", 5_000);

        private final String variable;
        private final String property;
        private final long fallback;

        Setting(String variable, String property, long fallback) {
            this.variable = variable;
            this.property = property;
            this.fallback = fallback;
        }

        /** The environment variable, as messages name the limit. */
        public String variable() {
            return variable;
        }

        public String property() {
            return property;
        }

        public long fallback() {
            return fallback;
        }
    }

    /** Rows written and committed together: an import stopped midway has stored whole chunks of these. */
    public static final int ROWS_PER_COMMIT = 1_000;

    public static final ImportLimits DEFAULTS = new ImportLimits(
            Setting.UPLOAD.fallback,
            Setting.FIELD.fallback,
            Setting.RECORD.fallback,
            Setting.ZIP_ENTRIES.fallback,
            Setting.ZIP_ENTRY.fallback,
            Setting.ZIP_TOTAL.fallback,
            Setting.ZIP_RATIO.fallback);

    public ImportLimits {
        for (long limit : new long[] {
            maxUploadBytes,
            maxFieldChars,
            maxRecordChars,
            maxZipEntries,
            maxZipEntryBytes,
            maxZipTotalBytes,
            maxZipRatio
        }) {
            if (limit <= 0) {
                throw new IllegalArgumentException("An import limit must be positive: " + limit);
            }
        }
    }

    /** The limits the system properties and the environment set, the defaults elsewhere. */
    public static ImportLimits fromEnvironment() {
        return from(ImportLimits::configured);
    }

    /** One setting as the system property or, without it, the environment variable gives it; else its default. */
    public static long fromEnvironment(Setting setting) {
        return read(ImportLimits::configured, setting);
    }

    private static String configured(Setting s) {
        String value = System.getProperty(s.property());
        return value != null ? value : System.getenv(s.variable());
    }

    /** The limits as {@code settings} gives them ({@code null}: the default). */
    static ImportLimits from(Function<Setting, String> settings) {
        return new ImportLimits(
                read(settings, Setting.UPLOAD),
                read(settings, Setting.FIELD),
                read(settings, Setting.RECORD),
                read(settings, Setting.ZIP_ENTRIES),
                read(settings, Setting.ZIP_ENTRY),
                read(settings, Setting.ZIP_TOTAL),
                read(settings, Setting.ZIP_RATIO));
    }

    private static long read(Function<Setting, String> settings, Setting setting) {
        String text = settings.apply(setting);
        if (text == null || text.isBlank()) {
            return setting.fallback;
        }
        Long value = parse(text);
        if (value == null || value <= 0) {
            LOG.warning(setting.variable + " (" + setting.property + ") is '" + text + "', not a positive number; "
                    + "the default " + setting.fallback + " applies");
            return setting.fallback;
        }
        return value;
    }

    /** {@code 1048576}, {@code 1024K}, {@code 1M}, {@code 1G}; null when it is none of those. */
    static Long parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = t.endsWith("K") ? KIB : t.endsWith("M") ? MIB : GIB;
            t = t.substring(0, t.length() - 1).trim();
        }
        try {
            return Math.multiplyExact(Long.parseLong(t), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A number of bytes as a person reads it: {@code 200 MiB}, {@code 64 KiB}, {@code 1,000 bytes}. */
    public static String bytes(long n) {
        if (n >= GIB && n % GIB == 0) {
            return n / GIB + " GiB";
        }
        if (n >= MIB && n % MIB == 0) {
            return n / MIB + " MiB";
        }
        if (n >= KIB && n % KIB == 0) {
            return n / KIB + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    /** A count as a person reads it: {@code 65,536}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
