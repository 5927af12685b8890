package com.tiered.rulebook.domain;

import java.util.regex.Pattern;

/**
 * Where a file sits in a rule set, the one rule for every way a file comes in (a draft save, an uploaded zip, a
 * stored version): a DRL file {@code name.drl}, a decision table {@code name.drl.csv} or the flags table
 * {@code flags.csv} at the top, or a scenario table {@code scenarios/name.csv}. A name is letters, digits, {@code .},
 * {@code _} and {@code -}, starting with a letter or digit; no {@code ..}, no other folder, at most
 * {@value #MAX_LENGTH} characters.
 */
public record RuleFilePath(String value) {
    public static final int MAX_LENGTH = 100;

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern ALLOWED =
            Pattern.compile("(" + NAME + "\\.drl|" + NAME + "\\.drl\\.csv|flags\\.csv|scenarios/" + NAME + "\\.csv)");

    public RuleFilePath {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** @return why the path is refused, or null when it is a rule file's path */
    public static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "A rule file needs a name, e.g. tiering.drl";
        }
        String shown = path.length() > MAX_LENGTH ? path.substring(0, MAX_LENGTH) + "…" : path;
        if (path.length() > MAX_LENGTH) {
            return "The rule file name '" + shown + "' is longer than " + MAX_LENGTH + " characters";
        }
        if (path.contains("..") || path.contains("\\") || path.startsWith("/")) {
            return "The rule file name '" + shown + "' must be a plain name in the rule set: no '..', no '\\', no"
                    + " leading '/'";
        }
        if (!ALLOWED.matcher(path).matches()) {
            return "The rule file name '" + shown + "' is not one a rule set holds: name.drl, name.drl.csv (a"
                    + " decision table), flags.csv or scenarios/name.csv, with letters, digits, '.', '_' and '-' only";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
