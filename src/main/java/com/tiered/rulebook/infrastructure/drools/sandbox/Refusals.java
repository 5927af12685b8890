package com.tiered.rulebook.infrastructure.drools.sandbox;

import com.tiered.evaluation.domain.RuleMessage;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a sandbox check, each with its file, line and column. */
final class Refusals {
    /** What every refusal adds, so that the author knows what a rule may do instead. */
    static final String FENCE = "a rule can only match facts, compute with their values and insert or change facts";

    private final List<RuleMessage> messages = new ArrayList<>();

    void refuse(Where where, String sentence) {
        messages.add(RuleMessage.error(where.file(), Math.max(1, where.line()), Math.max(0, where.column()), sentence));
    }

    List<RuleMessage> messages() {
        return List.copyOf(messages);
    }

    int count() {
        return messages.size();
    }
}
