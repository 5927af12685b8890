package com.tiered.importing.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one vendor's export (Star, FastBridge, DIBELS, aimsweb …) becomes a file of a contract kind: which vendor
 * column fills each contract column, which vendor values become which contract values ("Fall" → {@code FALL}), and
 * the format of its dates. Each row is translated before the contract's own checks, so those checks, limits and
 * error reports apply unchanged. Saved under a name; each save is a new version, and imports use the newest.
 * Vendor columns and values are matched ignoring case and surrounding spaces, as contract headers are.
 */
public final class MappingProfile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final ImportKind kind;
    private final Map<String, String> columns;
    private final Map<String, Map<String, String>> values;
    private final DatePattern dateFormat;
    private final List<String> header;
    private final int version;
    private final String savedBy;
    private final Instant savedAt;
    /** The value mappings by field and lower-cased vendor value, for the translation of each row. */
    private final Map<String, Map<String, String>> lookup;

    /** What a row became: the contract columns' values, and the problems of the columns that could not be read. */
    public record Translation(Map<String, String> values, Map<String, String> problems) {}

    private MappingProfile(
            String name,
            ImportKind kind,
            Map<String, String> columns,
            Map<String, Map<String, String>> values,
            DatePattern dateFormat,
            List<String> header,
            int version,
            String savedBy,
            Instant savedAt) {
        this.name = name;
        this.kind = kind;
        Map<String, String> mapped = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                mapped.put(field, column); // a blank column maps nothing
            }
        });
        this.columns = Collections.unmodifiableMap(mapped);
        Map<String, Map<String, String>> copied = new LinkedHashMap<>();
        Map<String, Map<String, String>> lowered = new HashMap<>();
        values.forEach((field, mapping) -> {
            copied.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(mapping)));
            Map<String, String> byKey = new HashMap<>();
            mapping.forEach((from, to) -> byKey.putIfAbsent(key(from), to));
            lowered.put(field, byKey);
        });
        this.values = Collections.unmodifiableMap(copied);
        this.lookup = lowered;
        this.dateFormat = dateFormat;
        this.header = List.copyOf(header == null || header.isEmpty() ? this.columns.values() : header);
        this.version = version;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /**
     * A profile not saved yet. Nothing is checked here (see {@link ProfileCheck}); {@code header}, the vendor file's
     * whole header, is what recognises the vendor's files — without one, the mapped columns are.
     */
    public static MappingProfile draft(
            String name,
            ImportKind kind,
            Map<String, String> columns,
            Map<String, Map<String, String>> values,
            DatePattern dateFormat,
            List<String> header) {
        return new MappingProfile(
                name,
                kind,
                Objects.requireNonNull(columns),
                Objects.requireNonNull(values),
                dateFormat,
                header,
                0,
                null,
                null);
    }

    /** The same mapping as stored: its version, who saved it and when. */
    public MappingProfile saved(int version, String by, Instant at) {
        return new MappingProfile(name, kind, columns, values, dateFormat, header, version, by, at);
    }

    /** The vendor column that fills a contract column, or null when the profile leaves it out. */
    public String sourceColumn(String field) {
        return columns.get(field);
    }

    /** Whether a file's header is exactly the profile's: the same column names, ignoring case, order and spaces. */
    public boolean fitsHeader(Collection<String> fileHeader) {
        return keys(fileHeader).equals(keys(header));
    }

    /**
     * Translates one vendor row into a contract row. {@code cell} gives the text of a vendor column (as the profile
     * spells it; null or empty when the row has none). A mapped value replaces the cell's text; a date is read in
     * the profile's format and written as {@code YYYY-MM-DD} — or, when it is not a date in that format, the column
     * has a problem and keeps the vendor's text.
     */
    public Translation translate(Function<String, String> cell) {
        ContractColumns contract = ContractColumns.of(kind).orElse(null);
        Map<String, String> row = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            String raw = Objects.requireNonNullElse(cell.apply(column), "").trim();
            String value = lookup.getOrDefault(field, Map.of()).getOrDefault(key(raw), raw);
            if (!value.isEmpty() && dateFormat != DatePattern.ISO && contract != null && contract.isDate(field)) {
                Optional<LocalDate> date = dateFormat.parse(value);
                if (date.isPresent()) {
                    value = date.get().toString();
                } else {
                    problems.put(field, field + " '" + raw + "' is not a date (" + dateFormat.label() + ")");
                }
            }
            row.put(field, value);
        });
        return new Translation(row, problems);
    }

    /** "star-2026, version 2" */
    public String label() {
        return name + ", version " + version;
    }

    public String name() {
        return name;
    }

    public ImportKind kind() {
        return kind;
    }

    /** Contract column → vendor column, in the order they were given. */
    public Map<String, String> columns() {
        return columns;
    }

    /** Contract column → (vendor value → contract value). */
    public Map<String, Map<String, String>> values() {
        return values;
    }

    public DatePattern dateFormat() {
        return dateFormat;
    }

    /** The vendor file's header, which recognises its files. */
    public List<String> header() {
        return header;
    }

    /** 0 before it is saved. */
    public int version() {
        return version;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    /** How vendor columns and values are matched: trimmed, in any case. */
    public static String key(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(Collection<String> names) {
        return names.stream().map(MappingProfile::key).collect(Collectors.toSet());
    }
}
