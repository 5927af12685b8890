package com.tiered.rulebook.domain;

import java.util.List;
import java.util.Optional;

/** The versions of the rule set, each with its files. */
public interface RuleSetRepository {

    /** Stores a new version; it becomes the live one when {@code active}. */
    RuleSetVersion store(RuleSet ruleSet, String author, String comment, boolean active);

    Optional<RuleSetVersion> active();

    Optional<RuleSetVersion> find(long id);

    RuleSet files(long id);

    List<RuleSetVersion> all();

    void activate(long id);
}
