package com.tiered.rulebook.domain;

/** Another author saved the file after this one opened it; their change is kept and this one refused. */
public class DraftFileChanged extends RuntimeException {
    public DraftFileChanged(String path, String by, int revision) {
        super(path + " was saved by " + by + " (revision " + revision + ") after you opened it. Your change was not"
                + " saved: reload the file to see theirs, then make yours again.");
    }
}
