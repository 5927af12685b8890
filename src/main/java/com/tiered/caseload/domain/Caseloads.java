package com.tiered.caseload.domain;

/** The caseloads of the specialists. */
public interface Caseloads {

    /** How many students are on a specialist's caseload. */
    long size(long staffUserId);
}
