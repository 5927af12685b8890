package com.tiered.importing.domain;

import java.util.List;

/** A mapping profile that cannot be saved: every problem found in it, each a sentence. */
public class ProfileRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ProfileRefused(List<String> problems) {
        super("The mapping profile was refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ProfileRefused(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
