package com.tiered.student.domain;

/** The columns a student list may be sorted by. */
public enum StudentSort {
    NAME, GRADE, SCHOOL, SOURCED_ID
}
