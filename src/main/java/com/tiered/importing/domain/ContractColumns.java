package com.tiered.importing.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a contract file (docs/api.md) that a mapping profile fills: in the contract's order, which are
 * required, which hold dates (read in the profile's date format), which take one of a closed list of values, which are
 * identifiers. Students and OneRoster bundles are not mapped: rosters come from the student information system in
 * the contract's own formats, and which columns a students file has changes where it is written.
 */
public enum ContractColumns {
    SCREENING(
            ImportKind.SCREENING,
            List.of("student_sourced_id", "domain", "measure", "window", "administered_on", "score", "percentile"),
            Set.of("percentile"),
            Set.of("administered_on"),
            Map.of("window", List.of("FALL", "WINTER", "SPRING")),
            Set.of("domain", "measure")),
    PROGRESS(
            ImportKind.PROGRESS,
            List.of("student_sourced_id", "domain", "measure", "administered_on", "score"),
            Set.of(),
            Set.of("administered_on"),
            Map.of(),
            Set.of("domain", "measure")),
    GOALS(
            ImportKind.GOALS,
            List.of(
                    "student_sourced_id",
                    "domain",
                    "measure",
                    "baseline_score",
                    "baseline_date",
                    "goal_score",
                    "goal_date"),
            Set.of(),
            Set.of("baseline_date", "goal_date"),
            Map.of(),
            Set.of("domain", "measure")),
    SPECIAL_EDUCATION(
            ImportKind.SPECIAL_EDUCATION,
            List.of(
                    "student_sourced_id",
                    "kind",
                    "domains",
                    "start_date",
                    "annual_review_date",
                    "reevaluation_date",
                    "accommodations"),
            Set.of("domains", "reevaluation_date", "accommodations"),
            Set.of("start_date", "annual_review_date", "reevaluation_date"),
            Map.of("kind", List.of("IEP", "504")),
            Set.of()),
    REFERRALS(
            ImportKind.REFERRALS,
            List.of("student_sourced_id", "domain", "consent_date", "evaluation_completed_on"),
            Set.of("evaluation_completed_on"),
            Set.of("consent_date", "evaluation_completed_on"),
            Map.of(),
            Set.of("domain"));

    private final ImportKind kind;
    private final List<String> fields;
    private final Set<String> optional;
    private final Set<String> dates;
    private final Map<String, List<String>> closed;
    private final Set<String> identifiers;

    ContractColumns(
            ImportKind kind,
            List<String> fields,
            Set<String> optional,
            Set<String> dates,
            Map<String, List<String>> closed,
            Set<String> identifiers) {
        this.kind = kind;
        this.fields = fields;
        this.optional = optional;
        this.dates = dates;
        this.closed = closed;
        this.identifiers = identifiers;
    }

    /** The columns of a kind a profile may map; empty for the kinds that are not mapped. */
    public static Optional<ContractColumns> of(ImportKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).findFirst();
    }

    /** The kinds a profile may map, by their URL names. */
    public static String kindNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(c -> c.kind.urlName()).toList());
    }

    public ImportKind kind() {
        return kind;
    }

    /** Every column, in the contract's order. */
    public List<String> fields() {
        return fields;
    }

    public List<String> required() {
        return fields.stream().filter(f -> !optional.contains(f)).toList();
    }

    public boolean isRequired(String field) {
        return fields.contains(field) && !optional.contains(field);
    }

    public boolean isDate(String field) {
        return dates.contains(field);
    }

    /** The values a column takes when the contract lists them ({@code window}: FALL, WINTER, SPRING), else empty. */
    public List<String> allowed(String field) {
        return closed.getOrDefault(field, List.of());
    }

    public boolean isIdentifier(String field) {
        return identifiers.contains(field);
    }
}
