package com.tiered.rulebook.domain;

import java.util.Optional;

/** The open draft, if any; there is at most one, shared by the rule authors. */
public interface RuleDraftRepository {

    Optional<RuleDraft> open();

    /** Opens a draft holding a copy of the given version's files. */
    RuleDraft start(long basedOn, RuleSet files, String by);

    /**
     * Saves one file of the open draft if nobody saved it since {@code seenRevision} (0 for a new file).
     *
     * @throws DraftFileChanged when somebody did
     */
    RuleDraft.DraftFile save(long draftId, String path, String content, int seenRevision, String by);

    /** Ends the draft: PUBLISHED when it became a version, DISCARDED otherwise. */
    void close(long draftId, String status);
}
