package com.tiered.rulebook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rule authors' shared draft: the files of the version it started from, as edited since. It never serves
 * decisions; it becomes a version only when it passes the check and an author makes it live.
 */
public record RuleDraft(long id, long basedOn, String createdBy, Instant createdAt, List<DraftFile> files) {

    public RuleDraft {
        files = List.copyOf(files);
    }

    /** One file of the draft; {@code revision} counts its saves, so a save made on an older one is refused. */
    public record DraftFile(String path, String content, int revision, String changedBy, Instant changedAt) {}

    public Optional<DraftFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public RuleSet ruleSet() {
        return new RuleSet(
                files.stream().map(f -> new RuleFile(f.path(), f.content())).toList());
    }
}
