package com.tiered.assessment.domain;

import java.util.Locale;

/** A progress measure as typed by a user ("orf ") and as stored and matched by the rules ("ORF"). */
public final class MeasureCode {
    private MeasureCode() {}

    public static String of(String typed) {
        return typed == null ? null : typed.trim().toUpperCase(Locale.ROOT);
    }
}
