package com.tiered.importing.domain;

/**
 * What the caller of an import decided beforehand: {@code confirmWithdrawals} lets a bulk OneRoster users file
 * withdraw more than a fifth of a school's students (see {@link WithdrawalPlan}); {@code profile} names the mapping
 * profile a vendor's CSV is read through (null: the one its header is recognised by, if any).
 */
public record ImportOptions(boolean confirmWithdrawals, String profile) {
    public static final ImportOptions NONE = new ImportOptions(false, null);

    public ImportOptions(boolean confirmWithdrawals) {
        this(confirmWithdrawals, null);
    }
}
