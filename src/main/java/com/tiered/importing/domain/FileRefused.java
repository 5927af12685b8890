package com.tiered.importing.domain;

/** A file refused whole: empty, not a CSV, no usable header, a required column missing, not a OneRoster zip. */
public class FileRefused extends RuntimeException {
    public FileRefused(String message) {
        super(message);
    }
}
