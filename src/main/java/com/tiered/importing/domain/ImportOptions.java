package com.tiered.importing.domain;

/**
 * What the caller of an import decided beforehand: {@code confirmWithdrawals} lets a bulk OneRoster users file
 * withdraw more than a fifth of a school's students (see {@link WithdrawalPlan}).
 */
public record ImportOptions(boolean confirmWithdrawals) {
    public static final ImportOptions NONE = new ImportOptions(false);
}
