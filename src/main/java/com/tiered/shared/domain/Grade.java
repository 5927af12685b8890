package com.tiered.shared.domain;

import java.util.regex.Pattern;

/** Grades are KG and 01 to 12; OneRoster's other grade codes (PK, TK, …) are kept as given. */
public final class Grade {
    private static final Pattern STANDARD = Pattern.compile("KG|0[1-9]|1[0-2]");
    /** OneRoster's grade codes beyond KG to 12 (infant, preschool, pre-K, transitional K, post-secondary, …). */
    private static final Pattern ONEROSTER_OTHER = Pattern.compile("IT|PR|PK|TK|PS|UG|Other|13");

    private Grade() {}

    public static boolean isStandard(String grade) {
        return grade != null && STANDARD.matcher(grade).matches();
    }

    public static boolean isOneRosterCode(String grade) {
        return grade != null
                && (isStandard(grade) || ONEROSTER_OTHER.matcher(grade).matches());
    }
}
