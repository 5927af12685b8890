package com.tiered.importing.domain;

import com.tiered.shared.domain.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a mapping profile must be to be saved. A profile comes from a page or an uploaded file, so it is read as
 * hostile input: bounded in size, nothing unknown, every column the kind requires mapped, no vendor column used
 * twice. Every problem is reported, each as a sentence a coordinator can act on.
 */
public final class ProfileCheck {
    public static final int MAX_NAME = 64;
    /** Vendor exports are wide (Star's has some 60 columns); more than this is not a vendor's export. */
    public static final int MAX_HEADER_COLUMNS = 500;

    public static final int MAX_TEXT = 200;
    public static final int MAX_VALUE_MAPPINGS = 1_000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ProfileCheck() {}

    /** @throws ProfileRefused with every problem of the profile */
    public static void require(MappingProfile profile) {
        List<String> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new ProfileRefused(problems);
        }
    }

    /** Every problem of the profile, none when it may be saved. */
    public static List<String> problems(MappingProfile profile) {
        List<String> problems = new ArrayList<>();
        name(profile.name(), problems);
        if (profile.dateFormat() == null) {
            problems.add("Choose the format of the vendor's dates: " + DatePattern.labels());
        }
        ContractColumns contract = profile.kind() == null
                ? null
                : ContractColumns.of(profile.kind()).orElse(null);
        if (contract == null) {
            problems.add("A profile maps a file of one of the kinds " + ContractColumns.kindNames()
                    + (profile.kind() == null ? "" : ", not " + profile.kind().urlName()));
            return problems;
        }
        Set<String> header = header(profile.header(), problems);
        columns(profile, contract, header, problems);
        values(profile, contract, problems);
        return problems;
    }

    private static void name(String name, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("A profile needs a name");
        } else if (!NAME.matcher(name).matches()) {
            problems.add("'" + shown(name) + "' is not a profile name: lower-case letters, digits, '.', '_' and '-',"
                    + " beginning with a letter or digit, at most " + MAX_NAME + " characters");
        }
    }

    private static Set<String> header(List<String> header, List<String> problems) {
        Set<String> keys = new HashSet<>();
        if (header.size() > MAX_HEADER_COLUMNS) {
            problems.add("The vendor's header has " + header.size() + " columns; a profile takes at most "
                    + MAX_HEADER_COLUMNS);
            return keys;
        }
        for (String column : header) {
            if (text(column, "A column of the vendor's header", problems)) {
                keys.add(MappingProfile.key(column));
            }
        }
        return keys;
    }

    private static void columns(
            MappingProfile profile, ContractColumns contract, Set<String> header, List<String> problems) {
        Map<String, String> fieldOfColumn = new HashMap<>();
        profile.columns().forEach((field, column) -> {
            if (!contract.fields().contains(field)) {
                problems.add("'" + shown(field) + "' is not a column of a "
                        + contract.kind().urlName() + " file; its columns are " + String.join(", ", contract.fields()));
                return;
            }
            if (!text(column, "The vendor column for " + field, problems)) {
                return;
            }
            String earlier = fieldOfColumn.putIfAbsent(MappingProfile.key(column), field);
            if (earlier != null) {
                problems.add("The vendor column '" + column.trim() + "' is mapped twice, to " + earlier + " and to "
                        + field + "; map each column once");
            } else if (!header.isEmpty() && !header.contains(MappingProfile.key(column))) {
                problems.add(
                        "The vendor column '" + column.trim() + "' (for " + field + ") is not in the vendor's header");
            }
        });
        List<String> missing = contract.required().stream()
                .filter(f -> blank(profile.columns().get(f)))
                .toList();
        if (!missing.isEmpty()) {
            problems.add("A " + contract.kind().urlName() + " profile maps every required column; "
                    + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " not mapped");
        }
    }

    private static void values(MappingProfile profile, ContractColumns contract, List<String> problems) {
        int count = profile.values().values().stream().mapToInt(Map::size).sum();
        if (count > MAX_VALUE_MAPPINGS) {
            problems.add("The profile has " + count + " value mappings; it may have at most " + MAX_VALUE_MAPPINGS);
            return;
        }
        profile.values().forEach((field, mappings) -> {
            if (blank(profile.columns().get(field))) {
                if (!mappings.isEmpty()) {
                    problems.add("Values are mapped for '" + shown(field) + "', which the profile does not map");
                }
                return;
            }
            Set<String> seen = new HashSet<>();
            mappings.forEach((from, to) -> {
                if (from == null || from.isBlank()) {
                    problems.add("A value mapping of " + field + " has no vendor value");
                    return;
                }
                if (!text(from, "The vendor value of " + field, problems)
                        || to != null && !to.isEmpty() && !text(to, "The value of " + field, problems)) {
                    return;
                }
                if (!seen.add(MappingProfile.key(from))) {
                    problems.add("The vendor value '" + from.trim() + "' of " + field + " is mapped twice");
                }
                target(contract, field, from.trim(), to == null ? "" : to.trim(), problems);
            });
        });
    }

    /** A mapped value the contract would refuse in every row is refused here, once. */
    private static void target(ContractColumns contract, String field, String from, String to, List<String> problems) {
        if (to.isEmpty()) {
            return;
        }
        List<String> allowed = contract.allowed(field);
        if (!allowed.isEmpty() && !allowed.contains(to)) {
            problems.add(field + ": '" + from + "' becomes '" + to + "', which is not " + or(allowed));
        } else if (contract.isIdentifier(field) && !Code.isIdentifier(to)) {
            problems.add(field + ": '" + from + "' becomes '" + to
                    + "', which is not an identifier (capital letters A-Z, digits and _)");
        }
    }

    /** Whether a name or value is within the size limit and free of control characters; else says why. */
    private static boolean text(String text, String what, List<String> problems) {
        if (text == null) {
            problems.add(what + " is missing");
            return false;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(what + " is longer than " + MAX_TEXT + " characters");
            return false;
        }
        if (CONTROL.matcher(text).find()) {
            problems.add(what + " '" + shown(text) + "' holds a control character (a tab, a line break …)");
            return false;
        }
        return true;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String or(List<String> values) {
        return values.size() == 1
                ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    /** Text of a hostile profile as a message shows it: short, control characters as '?'. */
    private static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return CONTROL.matcher(cut).replaceAll("?");
    }
}
