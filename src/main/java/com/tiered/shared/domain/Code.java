package com.tiered.shared.domain;

import java.util.regex.Pattern;

/** Domains and measures are open lists of identifiers: capital letters, digits and underscores. */
public final class Code {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9_]+");

    private Code() {}

    public static boolean isIdentifier(String value) {
        return value != null
                && value.length() <= 32
                && IDENTIFIER.matcher(value).matches();
    }

    public static String requireIdentifier(String what, String value) {
        if (!isIdentifier(value)) {
            throw new IllegalArgumentException(
                    what + " '" + value + "' is not an identifier (capital letters, digits and _, at most 32)");
        }
        return value;
    }
}
