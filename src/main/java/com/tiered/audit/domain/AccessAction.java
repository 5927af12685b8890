package com.tiered.audit.domain;

/** What a member of staff did with student records. */
public enum AccessAction {
    VIEWED_STUDENT,
    EXPORTED,
    REFUSED,
    CHANGED_PLAN,
    ENTERED_PROGRESS,
    SET_GOAL,
    CHANGED_RULES,
    VIEWED_PREVIEW
}
