package com.tiered.importing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The saved mapping profiles, every version of each; a version is never changed once saved. */
public interface MappingProfiles {

    /** Saves the draft as the next version of its name (1 for a new name). */
    MappingProfile save(MappingProfile draft, String author, Instant at);

    Optional<MappingProfile> newest(String name);

    Optional<MappingProfile> version(String name, int version);

    /** The newest version of every profile, by name. */
    List<MappingProfile> newestOfEach();

    /** Of the named profiles, the one whose newest version was saved last (the later save when two share a time). */
    Optional<String> savedLast(Collection<String> names);
}
