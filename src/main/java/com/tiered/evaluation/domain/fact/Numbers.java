package com.tiered.evaluation.domain.fact;

import java.math.BigDecimal;

/** How numbers are written in explanations. */
public final class Numbers {
    private Numbers() {}

    public static String text(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded to two decimals, for slopes and aim values. */
    public static String rounded(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
