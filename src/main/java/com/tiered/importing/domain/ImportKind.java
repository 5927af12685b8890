package com.tiered.importing.domain;

import java.util.Arrays;

/** The kinds of file Tiered imports (docs/api.md), by the name used in the URL. */
public enum ImportKind {
    STUDENTS("students"),
    SCREENING("screening"),
    PROGRESS("progress"),
    GOALS("goals"),
    SPECIAL_EDUCATION("special-education"),
    REFERRALS("referrals"),
    ONEROSTER("oneroster");

    private final String urlName;

    ImportKind(String urlName) {
        this.urlName = urlName;
    }

    public String urlName() {
        return urlName;
    }

    public static ImportKind ofUrlName(String name) {
        return Arrays.stream(values())
                .filter(k -> k.urlName.equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownKind(name));
    }

    /** An import kind that does not exist. */
    public static final class UnknownKind extends RuntimeException {
        public UnknownKind(String name) {
            super("There is no import of kind '" + name + "'; the kinds are students, screening, progress, goals,"
                    + " special-education, referrals and oneroster");
        }
    }
}
