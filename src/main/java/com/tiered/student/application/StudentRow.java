package com.tiered.student.application;

/** One line of a student list. */
public record StudentRow(String sourcedId, String name, String grade, String school, boolean ell,
        boolean withdrawn) {
}
