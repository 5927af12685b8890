package com.tiered.caseload.domain;

/** How a caseload table is ordered; NEEDS_ATTENTION puts students with flags that ask for action first. */
public enum CaseloadSort {
    NEEDS_ATTENTION,
    NAME,
    GRADE,
    SCHOOL
}
