package com.tiered.shared.domain;

/** A name or key that must have text: blank is refused, surrounding spaces are dropped. */
public final class RequiredText {
    private RequiredText() {}

    public static String of(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }
}
