package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The manifest.csv of a OneRoster bundle ({@code propertyName,value}): the OneRoster version (1.0, 1.1 or 1.2) and,
 * for each file the import reads (orgs.csv, users.csv, roles.csv), whether it is {@code bulk} (the whole roster),
 * {@code delta} (only changed rows) or {@code absent}. Other properties are passed over.
 *
 * <p>Without a manifest, or without a row for a file, the bundle is read as before manifests were read: version 1.1
 * (1.2 when it holds roles.csv), every file it holds a delta. Withdrawing students for being left out is serious
 * enough to wait until the sender says the users file is the whole roster.
 *
 * <p>A manifest row that cannot be right refuses the bundle, the message naming its line, property and reason: an
 * unknown version, a file mode other than the three, a property given twice, a file said to be bulk or delta that the
 * bundle does not hold, or one said to be absent that it does.
 */
final class OneRosterManifest {
    static final String FILE = "manifest.csv";
    static final List<String> READ = List.of("orgs.csv", "users.csv", "roles.csv");

    enum Version {
        V1_0("1.0"),
        V1_1("1.1"),
        V1_2("1.2");

        final String text;

        Version(String text) {
            this.text = text;
        }

        static Version of(String text) {
            for (Version v : values()) {
                if (v.text.equals(text)) {
                    return v;
                }
            }
            return null;
        }
    }

    enum Mode {
        BULK,
        DELTA,
        ABSENT;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Mode of(String text) {
            for (Mode m : values()) {
                if (m.text().equalsIgnoreCase(text)) {
                    return m;
                }
            }
            return null;
        }
    }

    private final Version version;
    private final boolean present;
    private final Map<String, Mode> modes;
    private final Set<String> declared;
    private final List<String> notes;

    private OneRosterManifest(
            Version version, boolean present, Map<String, Mode> declared, Set<String> inBundle, List<String> notes) {
        this.version = version;
        this.present = present;
        this.declared = Set.copyOf(declared.keySet());
        this.modes = new LinkedHashMap<>(declared);
        for (String name : READ) {
            modes.putIfAbsent(name, inBundle.contains(name) ? Mode.DELTA : Mode.ABSENT);
        }
        this.notes = notes;
    }

    /**
     * @param manifest the manifest's content, or null when the bundle has none
     * @param inBundle the names (lower case) of the files the bundle holds
     * @throws FileRefused naming the line, property and reason of a manifest row that cannot be right
     */
    static OneRosterManifest read(InputStream manifest, Set<String> inBundle, ImportLimits limits) {
        Version inferred = inBundle.contains("roles.csv") ? Version.V1_2 : Version.V1_1;
        if (manifest == null) {
            // the contract (api.md): a OneRoster bundle is a zip with manifest.csv; without it, bulk and delta
            // cannot be told apart
            throw new FileRefused("The OneRoster bundle must be a zip with manifest.csv and users.csv");
        }
        Version version = null;
        Map<String, Mode> modes = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<String> notes = new ArrayList<>();
        try (CsvSource file = new CsvSource(
                manifest, FILE, Set.of("propertyname", "value"), Set.of("propertyname", "value"), limits)) {
            for (SourceRow row : file) {
                String property = row.get("propertyname");
                String value = row.get("value");
                if (row.formProblem() != null) {
                    throw refused(row.line(), property.isEmpty() ? "the row" : property, row.formProblem());
                }
                if (property.isEmpty() && value.isEmpty()) {
                    continue;
                }
                if (property.isEmpty()) {
                    throw refused(row.line(), "propertyName", "a value ('" + shown(value) + "') without a property");
                }
                String key = property.toLowerCase(Locale.ROOT);
                Long first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    throw refused(row.line(), property, "given a second time (first on line " + first + ")");
                }
                if (key.equals("oneroster.version")) {
                    version = Version.of(value);
                    if (version == null) {
                        throw refused(
                                row.line(),
                                property,
                                "'" + shown(value) + "' is not a OneRoster version Tiered reads (1.0, 1.1 or 1.2)");
                    }
                } else if (key.startsWith("file.")) {
                    Mode mode = Mode.of(value);
                    if (mode == null) {
                        throw refused(row.line(), property, "'" + shown(value) + "' is not bulk, delta or absent");
                    }
                    String name = key.substring("file.".length()) + ".csv";
                    if (READ.contains(name)) {
                        checkAgainstBundle(row.line(), property, name, mode, inBundle);
                        modes.put(name, mode);
                    }
                }
            }
        }
        if (version == null) {
            version = inferred;
            notes.add("manifest.csv gives no oneroster.version: the bundle was read as OneRoster " + inferred.text);
        }
        if (version != Version.V1_2 && inBundle.contains("roles.csv")) {
            notes.add("roles.csv is not part of OneRoster " + version.text + " and was not read");
        }
        return new OneRosterManifest(version, true, modes, inBundle, notes);
    }

    private static void checkAgainstBundle(long line, String property, String name, Mode mode, Set<String> inBundle) {
        if (mode == Mode.ABSENT && inBundle.contains(name)) {
            throw refused(line, property, "absent, but the bundle holds " + name);
        }
        if (mode != Mode.ABSENT && !inBundle.contains(name)) {
            throw refused(line, property, mode.text() + ", but the bundle holds no " + name);
        }
    }

    private static FileRefused refused(long line, String field, String reason) {
        return new FileRefused(
                "manifest.csv line " + line + ", " + shown(field) + ": " + reason + "; nothing was imported");
    }

    private static String shown(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    Version version() {
        return version;
    }

    /** Whether the bundle had a manifest.csv. */
    boolean present() {
        return present;
    }

    /** Whether the manifest itself says the file is absent (not merely silent about a file the bundle lacks). */
    boolean saysAbsent(String file) {
        return declared.contains(file) && modes.get(file) == Mode.ABSENT;
    }

    /**
     * The mode of one of the files the import reads (orgs.csv, users.csv, roles.csv); a file the manifest does not
     * name is a delta when the bundle holds it, else absent.
     */
    Mode mode(String file) {
        return modes.get(file);
    }

    /** Whether the import reads the file: the bundle holds it and the version has it (roles.csv: 1.2 only). */
    boolean reads(String file) {
        return mode(file) != Mode.ABSENT && (!file.equals("roles.csv") || version == Version.V1_2);
    }

    /** What the report says of how the bundle was read, and the caveats as its warnings (line 0: the bundle). */
    void describe(ImportReport report) {
        Map<String, String> files = new LinkedHashMap<>();
        READ.forEach(name -> files.put(name, modes.get(name).text()));
        report.oneRoster(new ImportReport.OneRoster(version.text, present, files));
        notes.forEach(note -> report.warn(0, note));
    }
}
