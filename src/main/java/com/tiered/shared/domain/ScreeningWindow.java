package com.tiered.shared.domain;

/** The three screening windows of a school year. */
public enum ScreeningWindow {
    FALL,
    WINTER,
    SPRING
}
