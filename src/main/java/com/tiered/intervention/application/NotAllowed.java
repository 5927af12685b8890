package com.tiered.intervention.application;

/** The user's role may read plans but not change them (a principal). */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}
