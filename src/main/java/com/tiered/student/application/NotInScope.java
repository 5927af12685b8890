package com.tiered.student.application;

/** A student outside the schools the user works in: refused, and logged by whoever refuses. */
public class NotInScope extends RuntimeException {
    public NotInScope(String sourcedId) {
        super("Student " + sourcedId + " is outside your schools");
    }
}
