package com.tiered.evaluation.domain.fact;

import jakarta.annotation.Nullable;

/** A row of the risk-level table: how bad a screening risk is, the tier it means and the flag it raises. */
public final class RiskLevel {
    private final String risk;
    private final int severity;
    private final int tier;
    private final String flag;

    /** A risk may raise no flag: its cell in the risk-level table may be left empty (AT_BENCHMARK). */
    public RiskLevel(String risk, int severity, int tier, @Nullable String flag) {
        this.risk = risk;
        this.severity = severity;
        this.tier = tier;
        this.flag = flag == null || flag.isBlank() ? null : flag.trim();
    }

    public String getRisk() {
        return risk;
    }

    public int getSeverity() {
        return severity;
    }

    public int getTier() {
        return tier;
    }

    /** The flag for a domain whose worst risk is this one, or null for none. */
    public String getFlag() {
        return flag;
    }
}
