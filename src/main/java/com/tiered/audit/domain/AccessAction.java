package com.tiered.audit.domain;

/**
 * What a member of staff did with student records, or was refused; and sign-ins that failed (under the user name that
 * was tried).
 */
public enum AccessAction {
    VIEWED_STUDENT,
    VIEWED_LIST,
    EXPORTED,
    REFUSED,
    CHANGED_PLAN,
    ENTERED_PROGRESS,
    SET_GOAL,
    CHANGED_RULES,
    VIEWED_PREVIEW,
    /** A mapping profile for vendors' import files saved (a new version). */
    SAVED_IMPORT_PROFILE,
    FAILED_SIGN_IN
}
