package com.tiered.evaluation.domain.fact;

/** A row of the percentile table: percentiles from {@code from} up to, not including, {@code below} carry a risk. */
public final class PercentileBand {
    private final int from;
    private final int below;
    private final String risk;

    public PercentileBand(int from, int below, String risk) {
        this.from = from;
        this.below = below;
        this.risk = risk;
    }

    public int getFrom() {
        return from;
    }

    public int getBelow() {
        return below;
    }

    public String getRisk() {
        return risk;
    }

    public boolean contains(int percentile) {
        return percentile >= from && percentile < below;
    }
}
