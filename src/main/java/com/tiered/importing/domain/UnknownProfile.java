package com.tiered.importing.domain;

/** An import that names a mapping profile no one saved: the file is refused whole. */
public class UnknownProfile extends FileRefused {
    public UnknownProfile(String name) {
        super("There is no mapping profile '" + name + "' (GET /api/imports/profiles lists them)");
    }
}
